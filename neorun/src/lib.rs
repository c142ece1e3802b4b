//! neorun: serve a WebAssembly component's imports anywhere — in process or on a remote peer.
//!
//! A guest component calls an import; neorun routes the call to a local implementation (a
//! system linkable such as [`kv::InMemoryKv`], or WASI) or through stubs to a remote peer:
//! arguments are encoded in [`neopack`], framed by the [`rpc`] layer, carried by a
//! [`transport`], answered by a [`server`], decoded against the schema and handed back to the
//! guest. [`InstanceBuilder`] decides per import and records the decision in a [`LinkPlan`].
//!
//! Hosts with a wasmtime set-up of their own — their own store type, `Linker`, WASI and host
//! functions — add remotely served imports to it with the [`link`] functions
//! ([`link_remote_dynamic`], [`link_remote_static`]) and the generated `add_to_linker`; their
//! store type implements [`NeorunView`], as `wasmtime_wasi::WasiView` for WASI.
pub use neopack;
pub use neorun_macros::remote;

pub mod budget;
pub mod builder;
pub mod dynamic;
pub mod host;
pub mod kv;
pub mod ledger;
pub mod link;
pub mod rpc;
pub mod server;
pub mod transport;

pub use builder::{Built, InstanceBuilder, Link, LinkError, LinkPlan, StaticInterface};
pub use host::{Host, NeorunCtx, NeorunView};
pub use link::{link_remote_dynamic, link_remote_static};
pub use server::{ComponentService, Exports};

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;
