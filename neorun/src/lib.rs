//! neorun: serve a WebAssembly component's imports anywhere — in process or on a remote peer.
pub use neopack;

pub mod host;
pub mod kv;
pub mod rpc;
pub mod transport;

pub use host::Host;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;
