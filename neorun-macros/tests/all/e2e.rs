//! End to end through the static stubs: a component imports `test:e2e/api` and a world-level
//! `tick`; `add_to_linker` links typed host functions that encode with the generated codec and
//! call a peer over the in-process channel transport, where `Server` decodes the arguments and
//! runs a `Handler` written inside the annotated module. The component's exports forward to its
//! imports, so each export call crosses the whole path and back.

use std::sync::Arc;

use bytes::Bytes;
use futures::future::BoxFuture;
use neopack::schema::Interface;
use neorun::rpc::{
    Binding, ClientConfig, Connection, Failure, ServerConfig, Service, serve_connection,
};
use neorun::transport::channel;
use neorun::{Host, NeorunView};
use wasmtime::Store;
use wasmtime::component::{Component, Instance, Linker};

#[neorun_macros::remote(path = "tests/fixtures/e2e.wit")]
mod e2e {
    /// Serves `test:e2e/api`.
    pub(crate) struct Api;

    impl api::Handler for Api {
        async fn add(&self, a: u32, b: u32) -> u32 {
            a.wrapping_add(b)
        }
        async fn noop(&self) {}
        async fn echo(&self, s: String, b: Vec<u8>) -> (String, Vec<u8>) {
            (s.to_uppercase(), b.into_iter().rev().collect())
        }
        async fn mirror(&self, e: api::Entry) -> Result<api::Entry, api::Failure> {
            match e.key.as_str() {
                "missing" => Err(api::Failure::NotFound),
                "broken" => Err(api::Failure::Io("disk full".into())),
                "code" => Err(api::Failure::Code(7)),
                _ => {
                    let mut tags = e.tags;
                    tags.push("seen".into());
                    Ok(api::Entry {
                        key: format!("{}!", e.key),
                        tags,
                        version: e.version + 1,
                        color: api::Color::BlueIsh,
                        perms: e.perms | api::Perms::WRITE,
                        ..e
                    })
                }
            }
        }
    }

    /// Serves the world-level `tick`.
    pub(crate) struct Ticker;

    impl forwarder::Handler for Ticker {
        async fn tick(&self, n: u32) -> u32 {
            n * 2
        }
    }
}

use e2e::api::{Color, Entry, Failure as ApiFailure, Perms};

/// Imports `test:e2e/api` and a world-level `tick`; exports the same interface and `tick`,
/// each export calling the matching import (from the dynamic-stub end-to-end test).
const FORWARDER: &str = include_str!("../../../neorun/tests/fixtures/forwarder.wat");

async fn bind(service: Arc<dyn Service>, schema: &Interface) -> Binding {
    let (client, server) = channel::pair(1 << 20);
    tokio::spawn(serve_connection(server, service, ServerConfig::default()));
    let conn = Connection::over(client, ClientConfig::default()).unwrap();
    conn.bind(schema).await.unwrap()
}

async fn instantiate(api: Arc<dyn Service>) -> (Store<Host>, Instance) {
    let engine = neorun::host::engine().unwrap();
    let component = Component::new(&engine, FORWARDER).unwrap();
    let mut linker = Linker::<Host>::new(&engine);
    e2e::api::add_to_linker(&mut linker, bind(api, e2e::api::schema()).await).unwrap();
    let ticker = Arc::new(e2e::forwarder::Server::new(e2e::Ticker));
    e2e::forwarder::add_to_linker(&mut linker, bind(ticker, e2e::forwarder::schema()).await)
        .unwrap();
    let mut store = Store::new(&engine, Host::new());
    let instance = linker.instantiate_async(&mut store, &component).await.unwrap();
    (store, instance)
}

fn entry(key: &str) -> Entry {
    Entry {
        key: key.into(),
        value: vec![1, 2, 3],
        tags: vec!["a".into()],
        version: 41,
        color: Color::Red,
        perms: Perms::READ,
    }
}

macro_rules! export {
    ($store:expr, $inst:expr, $name:literal, $p:ty, $r:ty) => {{
        let iface = $inst.get_export_index(&mut $store, None, "test:e2e/api").unwrap();
        let f = $inst.get_export_index(&mut $store, Some(&iface), $name).unwrap();
        $inst.get_typed_func::<$p, $r>(&mut $store, &f).unwrap()
    }};
}

#[tokio::test(flavor = "current_thread")]
async fn every_function_round_trips_through_static_stubs_and_a_generated_server() {
    let (mut store, inst) = instantiate(Arc::new(e2e::api::Server::new(e2e::Api))).await;

    let add = export!(store, inst, "add", (u32, u32), (u32,));
    assert_eq!(add.call_async(&mut store, (40, 2)).await.unwrap(), (42,));
    assert_eq!(add.call_async(&mut store, (u32::MAX, 2)).await.unwrap(), (1,));

    let noop = export!(store, inst, "noop", (), ());
    noop.call_async(&mut store, ()).await.unwrap();

    let echo = export!(store, inst, "echo", (String, Vec<u8>), ((String, Vec<u8>),));
    let (out,) = echo.call_async(&mut store, ("héllo".into(), vec![1, 2, 3])).await.unwrap();
    assert_eq!(out, ("HÉLLO".into(), vec![3, 2, 1]));

    let mirror = export!(store, inst, "mirror", (Entry,), (Result<Entry, ApiFailure>,));
    let (out,) = mirror.call_async(&mut store, (entry("k"),)).await.unwrap();
    let want = Entry {
        key: "k!".into(),
        tags: vec!["a".into(), "seen".into()],
        version: 42,
        color: Color::BlueIsh,
        perms: Perms::READ | Perms::WRITE,
        ..entry("k")
    };
    assert_eq!(out, Ok(want));
    for (key, failure) in [
        ("missing", ApiFailure::NotFound),
        ("broken", ApiFailure::Io("disk full".into())),
        ("code", ApiFailure::Code(7)),
    ] {
        let (out,) = mirror.call_async(&mut store, (entry(key),)).await.unwrap();
        assert_eq!(out, Err(failure));
    }

    let tick = inst.get_typed_func::<(u32,), (u32,)>(&mut store, "tick").unwrap();
    assert_eq!(tick.call_async(&mut store, (21,)).await.unwrap(), (42,));
    // The stubs encoded with the store's reused encoder (it holds the last call's arguments).
    assert!(!store.data_mut().neorun().__scratch().is_empty());
}

/// Answers every call with the same bytes, whatever the function.
struct Liar(Bytes);

impl Service for Liar {
    fn interfaces(&self) -> &[Interface] {
        std::slice::from_ref(e2e::api::schema())
    }
    fn call(&self, _: usize, _: usize, _: Bytes) -> BoxFuture<'static, Result<Bytes, Failure>> {
        let b = self.0.clone();
        Box::pin(async move { Ok(b) })
    }
}

#[tokio::test(flavor = "current_thread")]
async fn a_reply_of_the_wrong_type_traps_naming_interface_and_function() {
    let lie = neopack::codec::to_vec("not a u32").unwrap();
    let (mut store, inst) = instantiate(Arc::new(Liar(lie.into()))).await;
    let add = export!(store, inst, "add", (u32, u32), (u32,));
    let err = format!("{:#}", add.call_async(&mut store, (1, 2)).await.unwrap_err());
    assert!(err.contains("test:e2e/api"), "{err}");
    assert!(err.contains("`add`"), "{err}");
}

#[test]
fn the_compiled_schema_equals_what_the_ledger_reads_from_the_component() {
    let engine = neorun::host::engine().unwrap();
    let component = Component::new(&engine, FORWARDER).unwrap();
    let ledger = neorun::ledger::Ledger::new(&engine, &component);
    let api = ledger.import("test:e2e/api").unwrap();
    assert_eq!(api.interface(), e2e::api::schema());
    assert_eq!(api.fingerprint(), e2e::api::schema().fingerprint());
    let world = ledger.import(neorun::ledger::WORLD).unwrap();
    assert_eq!(world.functions(), e2e::forwarder::schema().functions.as_slice());
    world.check_against(e2e::forwarder::schema()).unwrap();
}

async fn connect(service: Arc<dyn Service>) -> Connection {
    let (client, server) = channel::pair(1 << 20);
    tokio::spawn(serve_connection(server, service, ServerConfig::default()));
    Connection::over(client, ClientConfig::default()).unwrap()
}

/// [`FORWARDER`] without the world-level `tick` (the instance builder links interfaces).
fn api_only() -> String {
    let mut out = String::new();
    for line in FORWARDER.lines() {
        if line.contains("(func (export \"tick\")") {
            out.push_str("    )");
        } else if line.contains("(export \"tick\" (func $tick_l))") {
            out.push_str(&line.replace("(export \"tick\" (func $tick_l))", ""));
        } else if !line.contains("tick") {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

#[tokio::test(flavor = "current_thread")]
async fn the_instance_builder_links_the_generated_stubs_statically() {
    let engine = neorun::host::engine().unwrap();
    let component = Component::new(&engine, api_only()).unwrap();
    let api = connect(Arc::new(e2e::api::Server::new(e2e::Api))).await;
    let mut b = neorun::InstanceBuilder::new(&engine, &component).unwrap();
    b.link_remote_static("test:e2e/api", &api, &e2e::api::Stubs).await.unwrap();
    assert!(
        matches!(b.plan().link("test:e2e/api"), Some(neorun::Link::RemoteStatic { .. })),
        "{:?}",
        b.plan()
    );
    let neorun::Built { mut store, instance: inst, .. } = b.instantiate().await.unwrap();
    let add = export!(store, inst, "add", (u32, u32), (u32,));
    assert_eq!(add.call_async(&mut store, (1, 2)).await.unwrap(), (3,));
    let echo = export!(store, inst, "echo", (String, Vec<u8>), ((String, Vec<u8>),));
    let (out,) = echo.call_async(&mut store, ("ab".into(), vec![7, 8])).await.unwrap();
    assert_eq!(out, ("AB".into(), vec![8, 7]));
}

#[tokio::test(flavor = "current_thread")]
async fn generated_servers_compose_in_exports_on_one_connection() {
    let mut exports = neorun::Exports::new();
    exports.add(Arc::new(e2e::forwarder::Server::new(e2e::Ticker))).unwrap();
    exports.add(Arc::new(e2e::api::Server::new(e2e::Api))).unwrap();
    let conn = connect(Arc::new(exports)).await;
    let api = conn.bind(e2e::api::schema()).await.unwrap();
    let tick = conn.bind(e2e::forwarder::schema()).await.unwrap();
    let args = neopack::codec::to_vec(&(20u32, 22u32)).unwrap();
    let out = api.call(0, &args, None).await.unwrap();
    assert_eq!(neopack::codec::from_slice::<u32>(&out, neopack::Limits::default()).unwrap(), 42);
    let out = tick.call(0, &neopack::codec::to_vec(&(4u32,)).unwrap(), None).await.unwrap();
    assert_eq!(neopack::codec::from_slice::<u32>(&out, neopack::Limits::default()).unwrap(), 8);
}

#[tokio::test(flavor = "current_thread")]
async fn a_generated_server_answers_bad_arguments_and_unknown_targets_with_failures() {
    use neorun::rpc::frame::code;
    let server = e2e::api::Server::new(e2e::Api);
    let wrong = neopack::codec::to_vec(&("x",)).unwrap();
    let f = server.call(0, 0, wrong.into()).await.unwrap_err();
    assert_eq!(f.code, code::BAD_ARGUMENTS);
    assert!(f.message.contains("test:e2e/api") && f.message.contains("`add`"), "{f}");
    let args = Bytes::from(neopack::codec::to_vec(&(1u32, 2u32)).unwrap());
    assert_eq!(server.call(0, 9, args.clone()).await.unwrap_err().code, code::UNKNOWN_TARGET);
    assert_eq!(server.call(1, 0, args).await.unwrap_err().code, code::UNKNOWN_TARGET);
    let noop =
        server.call(0, 1, neopack::codec::to_vec(&neorun::__private::NoArgs).unwrap().into());
    assert_eq!(&noop.await.unwrap()[..], [neopack::tag::UNIT]);
}

#[tokio::test(flavor = "current_thread")]
async fn the_typed_client_calls_a_generated_server_without_a_guest() {
    let (client, server) = channel::pair(1 << 20);
    let service: Arc<dyn Service> = Arc::new(e2e::api::Server::new(e2e::Api));
    let serving = tokio::spawn(serve_connection(server, service, ServerConfig::default()));
    let conn = Connection::over(client, ClientConfig::default()).unwrap();
    let api = e2e::api::Client::bind(&conn).await.unwrap();

    assert_eq!(api.add(40, 2).await.unwrap(), 42);
    api.noop().await.unwrap();
    assert_eq!(api.echo("abc".into(), vec![1, 2]).await.unwrap(), ("ABC".into(), vec![2, 1]));
    assert_eq!(api.mirror(entry("code")).await.unwrap(), Err(ApiFailure::Code(7)));
    assert_eq!(api.mirror(entry("k")).await.unwrap().unwrap().version, 42);

    // A server that does not export the world-level functions: binding fails, naming it.
    let err = e2e::forwarder::Client::bind(&conn).await.unwrap_err();
    assert!(err.to_string().contains("not exported"), "{err}");

    // The server gone: the call fails with data naming the interface and function.
    serving.abort();
    let _ = serving.await;
    let err = api.add(1, 2).await.unwrap_err();
    assert!(err.to_string().starts_with("interface `test:e2e/api`, function `add`"), "{err}");
}

#[tokio::test(flavor = "current_thread")]
async fn typed_exports_call_the_guest_without_hand_written_lookups() {
    let (mut store, inst) = instantiate(Arc::new(e2e::api::Server::new(e2e::Api))).await;
    let exports = e2e::Exports::new(&mut store, &inst).unwrap();

    assert_eq!(exports.api.call_add(&mut store, 40, 2).await.unwrap(), 42);
    exports.api.call_noop(&mut store).await.unwrap();
    let out = exports.api.call_echo(&mut store, "é".into(), vec![1, 2]).await.unwrap();
    assert_eq!(out, ("É".into(), vec![2, 1]));
    let out = exports.api.call_mirror(&mut store, entry("missing")).await.unwrap();
    assert_eq!(out, Err(ApiFailure::NotFound));
    assert_eq!(exports.forwarder.call_tick(&mut store, 21).await.unwrap(), 42);
}

#[tokio::test(flavor = "current_thread")]
async fn typed_exports_name_a_missing_or_mistyped_export() {
    let engine = neorun::host::engine().unwrap();
    // Exports `tick` with another signature and nothing else.
    let component = Component::new(
        &engine,
        r#"(component
            (core module $m (func (export "tick") (param i64) (result i64) (local.get 0)))
            (core instance $i (instantiate $m))
            (func $tick (param "n" u64) (result u64) (canon lift (core func $i "tick")))
            (export "tick" (func $tick)))"#,
    )
    .unwrap();
    let linker = Linker::<Host>::new(&engine);
    let mut store = Store::new(&engine, Host::new());
    let inst = linker.instantiate_async(&mut store, &component).await.unwrap();
    let err = e2e::forwarder::Guest::new(&mut store, &inst).unwrap_err();
    assert!(format!("{err:#}").contains("export `tick`"), "{err:#}");
    let err = e2e::Exports::new(&mut store, &inst).unwrap_err();
    assert!(err.to_string().contains("does not export the interface `test:e2e/api`"), "{err}");
}
