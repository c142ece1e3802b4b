//! neorun: serve a WebAssembly component's imports anywhere.
pub use neopack;
