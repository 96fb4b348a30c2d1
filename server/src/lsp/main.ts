// Language server entry: to be written.
