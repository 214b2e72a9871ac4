// The baseline: a Node process that imports nothing.
