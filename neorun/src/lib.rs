//! neorun: serve a WebAssembly component's imports anywhere — in process or on a remote peer.
//!
//! A guest component calls an import; neorun routes the call to a local implementation (a
//! system linkable such as [`kv::InMemoryKv`], or WASI) or through stubs to a remote peer:
//! arguments are encoded in [`neopack`], framed by the [`rpc`] layer, carried by a
//! [`transport`], answered by a [`server`], decoded against the schema and handed back to the
//! guest. [`InstanceBuilder`] decides per import and records the decision in a [`LinkPlan`].
pub use neopack;
pub use neorun_macros::remote;

pub mod budget;
pub mod builder;
pub mod dynamic;
pub mod host;
pub mod kv;
pub mod ledger;
pub mod rpc;
pub mod server;
pub mod transport;

pub use builder::{Built, InstanceBuilder, Link, LinkError, LinkPlan, StaticInterface};
pub use host::Host;
pub use server::{ComponentService, Exports};

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;
