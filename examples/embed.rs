//! neorun inside an existing wasmtime host: the host keeps its own engine, store type, WASI
//! set-up and host functions, and adds one import served by a remote peer with one call.
//!
//! ```text
//! cargo run --example embed
//! ```
//!
//! A neorun server on 127.0.0.1 stands in for the remote machine: it exports
//! `neorun:kv/store@0.1.0` from an in-memory store. The host links the guest `kv-client`'s
//! store import to it through the static stubs compiled from `neorun/wit/kv.wit` (falling back
//! to dynamic stubs if the guest's import differed), runs the guest's self-test and a few puts,
//! and prints what the server's store holds afterwards.

use std::sync::Arc;

use neorun::kv::{self, Client, InMemoryKv, Op};
use neorun::rpc::{ClientConfig, Connection, ServerConfig, serve};
use neorun::transport::Connector;
use neorun::transport::tcp::{TcpConnector, TcpListener};
use neorun::{Exports, NeorunCtx, NeorunView};
use wasmtime::component::{Component, Linker, ResourceTable};
use wasmtime::{Engine, Store, StoreContextMut};
use wasmtime_wasi::{WasiCtx, WasiCtxBuilder, WasiCtxView, WasiView};

type Error = Box<dyn std::error::Error + Send + Sync>;

/// The host's own store type: its own fields, its WASI state, and neorun's context.
struct AppState {
    tenant: String,
    log_lines: u64,
    wasi: WasiCtx,
    table: ResourceTable,
    neorun: NeorunCtx,
}

impl AppState {
    fn new(tenant: &str) -> Self {
        let wasi = WasiCtxBuilder::new().inherit_stderr().env("TENANT", tenant).build();
        Self {
            tenant: tenant.to_owned(),
            log_lines: 0,
            wasi,
            table: ResourceTable::new(),
            neorun: NeorunCtx::new(),
        }
    }
}

impl WasiView for AppState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.wasi, table: &mut self.table }
    }
}

/// What neorun's static stubs need from the store: one field.
impl NeorunView for AppState {
    fn neorun(&mut self) -> &mut NeorunCtx {
        &mut self.neorun
    }
}

/// The host's own linker: WASI and the host functions it gives every guest. `acme:host/log`
/// is one of them; `kv-client` does not import it, and wasmtime accepts definitions a
/// component does not use.
fn host_linker(engine: &Engine) -> wasmtime::Result<Linker<AppState>> {
    let mut linker = Linker::new(engine);
    wasmtime_wasi::p2::add_to_linker_async(&mut linker)?;
    linker.instance("acme:host/log")?.func_wrap(
        "line",
        |mut store: StoreContextMut<'_, AppState>, (line,): (String,)| {
            let state = store.data_mut();
            state.log_lines += 1;
            eprintln!("[{}] {line}", state.tenant);
            Ok(())
        },
    )?;
    Ok(linker)
}

fn main() -> Result<(), Error> {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    rt.block_on(demo())
}

async fn demo() -> Result<(), Error> {
    // The peer: a neorun server exporting an in-memory store on a free loopback port.
    let served = InMemoryKv::new();
    let mut exports = Exports::new();
    exports.add(Arc::new(kv::service(served.clone())))?;
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr();
    let serving = serve(listener, Arc::new(exports), ServerConfig::default());
    let server = serving.shutdown_handle();
    tokio::spawn(serving);
    let conn = Connection::over(
        TcpConnector::new(addr.to_string()).connect().await?,
        ClientConfig::default(),
    )?;

    // The host as it was: its engine, its component, its linker.
    let engine = Engine::new(&neorun::host::config())?;
    let component = Component::new(&engine, neorun_workspace::guests::kv_client())?;
    let mut linker = host_linker(&engine)?;

    // neorun's part: the store import is served by the peer.
    let stubs = &kv::remote::store::Stubs;
    let link =
        neorun::link_remote_static(&mut linker, &component, kv::INTERFACE, &conn, stubs).await?;
    println!("{} -> {link}", kv::INTERFACE);

    // Instantiate and call the guest as the host always did.
    let mut store = Store::new(&engine, AppState::new("inventory"));
    let instance = linker.instantiate_async(&mut store, &component).await?;
    let client = Client::new(&mut store, &instance)?;
    let checks = client.call_run(&mut store, Op::Selftest, 0).await??;
    println!("guest self-test: {checks} checks passed against the remote store");
    let revisions = client.call_run(&mut store, Op::Put, 3).await??;
    let bytes = client.call_run(&mut store, Op::Get, 2).await??;
    println!("guest put 3 times (revisions add up to {revisions}), got {bytes} value bytes back");

    let usage = served.usage();
    println!(
        "the server's store holds {} entries ({} bytes); tenant `{}`",
        usage.entries,
        usage.bytes,
        store.data().tenant
    );
    server.shutdown("example done");
    if usage.entries == 0 || checks == 0 {
        return Err("the guest's calls did not reach the server's store".into());
    }
    Ok(())
}
