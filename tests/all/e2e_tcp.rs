//! End to end over TCP on 127.0.0.1: real guest components whose imports are served by a
//! server in the same process, through the dynamic stubs.

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use futures::future::BoxFuture;
use neorun::kv::remote::store::schema;
use neorun::kv::{Client, INTERFACE, InMemoryKv, Op};
use neorun::neopack::schema::{Function, Interface, Type};
use neorun::rpc::{
    ClientConfig, Connection, Failure, ServerConfig, Service, ShutdownHandle, serve,
};
use neorun::transport::tcp::{TcpConnector, TcpListener};
use neorun::transport::{Connector, Listener};
use neorun::{ComponentService, Exports, InstanceBuilder, Link, LinkError};
use neorun_workspace::guests;
use wasmtime::Engine;
use wasmtime::component::Component;

/// Every await in these tests is bounded.
const LIMIT: Duration = Duration::from_secs(60);

async fn bounded<T>(f: impl Future<Output = T>) -> T {
    tokio::time::timeout(LIMIT, f).await.expect("test step timed out")
}

fn engine() -> Engine {
    neorun::host::engine().unwrap()
}

async fn start(service: Arc<dyn Service>) -> (ShutdownHandle, String) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().to_string();
    let serving = serve(listener, service, ServerConfig::default());
    let handle = serving.shutdown_handle();
    tokio::spawn(serving);
    (handle, addr)
}

async fn connect(addr: &str) -> Connection {
    let conn = bounded(TcpConnector::new(addr).connect()).await.unwrap();
    Connection::over(conn, ClientConfig::default()).unwrap()
}

fn kv_exports(kv: Arc<InMemoryKv>) -> Arc<dyn Service> {
    let mut exports = Exports::new();
    exports.add(Arc::new(neorun::kv::service(kv))).unwrap();
    Arc::new(exports)
}

async fn run_kv_client(
    engine: &Engine,
    conn: &Connection,
    op: Op,
    n: u32,
) -> wasmtime::Result<Result<u64, String>> {
    let component = Component::new(engine, guests::kv_client())?;
    let mut builder = InstanceBuilder::new(engine, &component)?;
    bounded(builder.link_remote_dynamic(INTERFACE, conn)).await?;
    let mut built = builder.instantiate().await?;
    assert!(
        matches!(built.plan.link(INTERFACE), Some(Link::RemoteDynamic { .. })),
        "{}",
        built.plan
    );
    let client = Client::new(&mut built.store, &built.instance)?;
    bounded(client.call_run(&mut built.store, op, n)).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kv_client_against_the_in_memory_store_over_tcp() {
    let engine = engine();
    let kv = InMemoryKv::new();
    let (server, addr) = start(kv_exports(kv.clone())).await;
    let conn = connect(&addr).await;

    let checks = run_kv_client(&engine, &conn, Op::Selftest, 0).await.unwrap().unwrap();
    assert!(checks >= 30, "only {checks} checks ran");
    // Three puts of the bench entry: revisions continue after the self-test's.
    let before = kv.len();
    let sum = run_kv_client(&engine, &conn, Op::Put, 3).await.unwrap().unwrap();
    assert!(sum > 0);
    assert_eq!(kv.len(), before + 1, "the bench entry is one key");
    // Each get returns the 256-byte bench value.
    assert_eq!(run_kv_client(&engine, &conn, Op::Get, 4).await.unwrap().unwrap(), 4 * 256);
    assert_eq!(run_kv_client(&engine, &conn, Op::Noop, 5).await.unwrap().unwrap(), 5);
    server.shutdown("test done");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kv_client_against_the_provider_component_over_tcp() {
    let engine = engine();
    let provider = Component::new(&engine, guests::kv_provider()).unwrap();
    let service = ComponentService::new(&engine, &provider, &[INTERFACE]).unwrap();
    let mut exports = Exports::new();
    exports.add(Arc::new(service)).unwrap();
    let (server, addr) = start(Arc::new(exports)).await;
    let conn = connect(&addr).await;
    let checks = run_kv_client(&engine, &conn, Op::Selftest, 0).await.unwrap().unwrap();
    assert!(checks >= 30, "only {checks} checks ran");
    assert_eq!(run_kv_client(&engine, &conn, Op::Noop, 3).await.unwrap().unwrap(), 3);
    server.shutdown("test done");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kitchen_sink_round_trips_edge_values_over_tcp() {
    const ECHO: &str = "neorun:sink/echo@0.1.0";
    let engine = engine();
    let provider = Component::new(&engine, guests::sink_provider()).unwrap();
    let mut exports = Exports::new();
    exports.add(Arc::new(ComponentService::new(&engine, &provider, &[ECHO]).unwrap())).unwrap();
    let (server, addr) = start(Arc::new(exports)).await;
    let conn = connect(&addr).await;

    let client = Component::new(&engine, guests::sink_client()).unwrap();
    let mut builder = InstanceBuilder::new(&engine, &client).unwrap();
    bounded(builder.link_remote_dynamic(ECHO, &conn)).await.unwrap();
    let mut built = builder.instantiate().await.unwrap();
    let run = built
        .instance
        .get_typed_func::<(), (Result<u32, String>,)>(&mut built.store, "run")
        .unwrap();
    let (checks,) = bounded(run.call_async(&mut built.store, ())).await.unwrap();
    let checks = checks.unwrap();
    assert!(checks >= 100, "only {checks} checks ran");
    server.shutdown("test done");
}

/// Serves the kv schema but never answers: the server can be stopped while a call is in flight.
struct Silent(Arc<[Interface]>, Arc<tokio::sync::Notify>);

impl Silent {
    fn new(schema: Interface) -> Self {
        Self(Arc::from([schema]), Arc::default())
    }
}

impl Service for Silent {
    fn interfaces(&self) -> &[Interface] {
        &self.0
    }
    fn call(&self, _: usize, _: usize, _: Bytes) -> BoxFuture<'static, Result<Bytes, Failure>> {
        self.1.notify_one();
        Box::pin(futures::future::pending())
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_stopped_mid_call_traps_the_guest_and_the_host_survives() {
    let engine = engine();
    let mut listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().to_string();
    let silent = Silent::new(schema().clone());
    let called = silent.1.clone();
    let service: Arc<dyn Service> = Arc::new(silent);
    // Accept exactly one connection and serve it in a task we can abort.
    let server = tokio::spawn(async move {
        let conn = listener.accept().await.unwrap();
        let _ = neorun::rpc::serve_connection(conn, service, ServerConfig::default()).await;
    });
    let conn = connect(&addr).await;
    let component = Component::new(&engine, guests::kv_client()).unwrap();
    let mut builder = InstanceBuilder::new(&engine, &component).unwrap();
    bounded(builder.link_remote_dynamic(INTERFACE, &conn)).await.unwrap();
    let mut built = builder.instantiate().await.unwrap();
    let call = tokio::spawn(async move {
        let client = Client::new(&mut built.store, &built.instance)?;
        client.call_run(&mut built.store, Op::Noop, 1).await
    });
    bounded(called.notified()).await;
    server.abort();
    let err = bounded(call).await.unwrap().expect_err("the guest must trap");
    let text = format!("{err:?}");
    assert!(text.contains("neorun:kv/store@0.1.0"), "{text}");
    assert!(text.contains("noop"), "{text}");
    assert!(text.contains("connection"), "{text}");
    // The host is fine: a new server and connection work.
    let (server, addr) = start(kv_exports(InMemoryKv::new())).await;
    let conn = connect(&addr).await;
    assert_eq!(run_kv_client(&engine, &conn, Op::Noop, 2).await.unwrap().unwrap(), 2);
    server.shutdown("test done");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn schema_mismatch_fails_link_remote_before_the_guest_runs() {
    let engine = engine();
    // A server whose `put` takes an entry with `version: u32` instead of `u64`.
    let mut wrong = schema().clone();
    let put = wrong.functions.iter_mut().find(|f| f.name == "put").unwrap();
    let mut entry = put.params[0].ty.clone();
    if let Type::Record(fields) = &mut entry {
        fields[3].ty = Type::U32;
    }
    *put = Function::new("put", [("e", entry)], put.result.clone());
    let (server, addr) = start(Arc::new(Silent::new(wrong))).await;
    let conn = connect(&addr).await;

    let component = Component::new(&engine, guests::kv_client()).unwrap();
    let mut builder = InstanceBuilder::new(&engine, &component).unwrap();
    let err = bounded(builder.link_remote_dynamic(INTERFACE, &conn)).await.unwrap_err();
    assert!(matches!(err, LinkError::Bind(_)), "{err}");
    let text = err.to_string();
    assert!(text.contains("put"), "{text}");
    assert!(text.contains("version: u64"), "{text}");
    assert!(text.contains("version: u32"), "{text}");
    // Nothing was linked: the plan still says the store is missing.
    assert_eq!(builder.plan().link(INTERFACE), Some(&Link::Missing));
    server.shutdown("test done");
}

#[tokio::test]
async fn an_import_nothing_links_fails_instantiation_naming_it() {
    let engine = engine();
    let component = Component::new(&engine, guests::kv_client()).unwrap();
    let builder = InstanceBuilder::new(&engine, &component).unwrap();
    let err = builder.instantiate().await.unwrap_err();
    assert!(
        matches!(&err, LinkError::Missing { imports } if imports == &[INTERFACE.to_owned()]),
        "{err}"
    );
    assert_eq!(err.to_string(), format!("unlinked imports: {INTERFACE}"));
}

#[tokio::test]
async fn local_kv_link_serves_the_client_with_typed_calls() {
    let engine = engine();
    let component = Component::new(&engine, guests::kv_client()).unwrap();
    let mut builder = InstanceBuilder::new(&engine, &component).unwrap();
    builder.link_kv(InMemoryKv::new()).unwrap();
    let mut built = builder.instantiate().await.unwrap();
    let client = Client::new(&mut built.store, &built.instance).unwrap();
    let checks = client.call_run(&mut built.store, Op::Selftest, 0).await.unwrap().unwrap();
    assert!(checks >= 30);
}
