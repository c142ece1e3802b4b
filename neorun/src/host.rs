//! The store data of every instance neorun builds, and the engine configuration.

use std::sync::Arc;

use wasmtime::component::ResourceTable;
use wasmtime::{Config, Engine};
use wasmtime_wasi::{WasiCtx, WasiCtxBuilder, WasiCtxView, WasiView};

use crate::kv::InMemoryKv;

/// The data a neorun [`Store`](wasmtime::Store) carries: WASI state, the local system
/// linkables the instance was linked with, and scratch buffers reused by the stubs.
pub struct Host {
    wasi: WasiCtx,
    table: ResourceTable,
    pub(crate) kv: Option<Arc<InMemoryKv>>,
    /// Encoder reused by the static stubs for every call's arguments: its buffer and container
    /// stack keep their capacity, so encoding allocates nothing.
    #[doc(hidden)]
    pub __scratch: neopack::Encoder,
}

impl Host {
    /// A host whose WASI context inherits stdout and stderr (so guest prints and panics are
    /// visible) and nothing else: no arguments, environment, stdin, files or network.
    pub fn new() -> Self {
        Self::with_wasi(WasiCtxBuilder::new().inherit_stdout().inherit_stderr().build())
    }

    /// A host with the given WASI context.
    pub fn with_wasi(wasi: WasiCtx) -> Self {
        Self { wasi, table: ResourceTable::new(), kv: None, __scratch: neopack::Encoder::new() }
    }
}

impl Default for Host {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for Host {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Host").field("kv", &self.kv.is_some()).finish_non_exhaustive()
    }
}

impl WasiView for Host {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.wasi, table: &mut self.table }
    }
}

/// The engine configuration neorun uses.
///
/// `concurrency_support` is off: neorun uses no component-model-async feature, and leaving it
/// on costs about 95 ns on every host call (measured with wasmtime 48: a no-op import takes
/// 163 ns with it and 68 ns without).
pub fn config() -> Config {
    let mut config = Config::new();
    config.concurrency_support(false);
    config
}

/// An engine with [`config`].
///
/// # Errors
/// When wasmtime rejects the configuration for this platform.
pub fn engine() -> wasmtime::Result<Engine> {
    Engine::new(&config())
}
