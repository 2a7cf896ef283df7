"""The Scrapy project that records what an agency's website publishes."""
