package positions

// The sizes that decide how an LTV range under another order is read, for tests that must
// take a given path.
const ExactRange, FirstWindow = exactRange, firstWindow
