// Stands in for the 'server-only' marker package when the data layer is unit-tested in Node.
export {};
