Error: file parameter is missing
