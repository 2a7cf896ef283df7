"""What people read: report.json (the contract), report.html and friends."""
