//! neorun inside a host's own wasmtime set-up: a store type that is not `neorun::Host` (its own
//! fields, no WASI), a `Linker` of that type with a host function of its own, and the
//! `neorun:kv/store` import served by each of neorun's paths — static stubs, dynamic stubs,
//! the generated `add_to_linker`, and the in-memory store linked locally — plus the
//! `InstanceBuilder` over the same store type.
//!
//! The guest is a small WAT component: `run` calls `noop` and then `delete("apple")`, and
//! returns what `delete` answered; `tally` calls the host's own `test:embed/host#tally`.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use neorun::kv::{self, Entry, InMemoryKv};
use neorun::rpc::{ClientConfig, Connection, ServerConfig, serve_connection};
use neorun::transport::channel;
use neorun::{InstanceBuilder, Link, LinkError, NeorunCtx, NeorunView, StaticInterface};
use wasmtime::component::{Component, Instance, Linker, TypedFunc};
use wasmtime::{Engine, Store, StoreContextMut};

/// Imports `noop` and `delete` of `neorun:kv/store@0.1.0` and `tally` of `test:embed/host`;
/// exports `run: func() -> bool` and `tally: func() -> u32`.
const GUEST: &str = r#"(component
  (import "neorun:kv/store@0.1.0" (instance $kv
    (export "noop" (func))
    (export "delete" (func (param "key" string) (result bool)))))
  (import "test:embed/host" (instance $host
    (export "tally" (func (result u32)))))
  (core module $Mem (memory (export "mem") 1))
  (core instance $mem (instantiate $Mem))
  (alias core export $mem "mem" (core memory $memory))
  (alias export $kv "noop" (func $noop))
  (alias export $kv "delete" (func $delete))
  (alias export $host "tally" (func $tally))
  (core func $noop_l (canon lower (func $noop)))
  (core func $delete_l (canon lower (func $delete) (memory $memory)))
  (core func $tally_l (canon lower (func $tally)))
  (core module $Main
    (import "env" "mem" (memory 1))
    (import "kv" "noop" (func $noop))
    (import "kv" "delete" (func $delete (param i32 i32) (result i32)))
    (import "host" "tally" (func $tally (result i32)))
    (data (i32.const 16) "apple")
    (func (export "run") (result i32)
      (call $noop)
      (call $delete (i32.const 16) (i32.const 5)))
    (func (export "tally") (result i32) (call $tally)))
  (core instance $main (instantiate $Main
    (with "env" (instance $mem))
    (with "kv" (instance (export "noop" (func $noop_l)) (export "delete" (func $delete_l))))
    (with "host" (instance (export "tally" (func $tally_l))))))
  (func (export "run") (result bool) (canon lift (core func $main "run")))
  (func (export "tally") (result u32) (canon lift (core func $main "tally"))))"#;

const HOST_IFACE: &str = "test:embed/host";

/// The bound on every await of these tests.
const TIMEOUT: Duration = Duration::from_secs(30);

async fn within<F: Future>(fut: F) -> F::Output {
    tokio::time::timeout(TIMEOUT, fut).await.expect("timed out")
}

/// The embedding host's own store type: its own fields, neorun's context, and no WASI.
struct Embedder {
    tallies: u32,
    neorun: NeorunCtx,
}

impl Embedder {
    fn new() -> Self {
        Self { tallies: 0, neorun: NeorunCtx::new() }
    }
}

impl NeorunView for Embedder {
    fn neorun(&mut self) -> &mut NeorunCtx {
        &mut self.neorun
    }
}

/// The host's own host function: counts its calls in the store's own field.
fn add_host_functions(linker: &mut Linker<Embedder>) -> wasmtime::Result<()> {
    linker.instance(HOST_IFACE)?.func_wrap(
        "tally",
        |mut store: StoreContextMut<'_, Embedder>, (): ()| {
            store.data_mut().tallies += 1;
            Ok((store.data().tallies,))
        },
    )
}

fn setup() -> (Engine, Component) {
    let engine = neorun::host::engine().unwrap();
    let component = Component::new(&engine, GUEST).unwrap();
    (engine, component)
}

/// A store holding `apple`, and a connection to a server of it over an in-process channel.
fn kv_server() -> (Arc<InMemoryKv>, Connection) {
    let kv = InMemoryKv::new();
    let entry = Entry { key: "apple".into(), value: vec![1], tags: vec![], version: 1 };
    kv.put(entry).unwrap();
    let (client, server) = channel::pair(1 << 20);
    tokio::spawn(serve_connection(
        server,
        Arc::new(kv::service(kv.clone())),
        ServerConfig::default(),
    ));
    (kv, Connection::over(client, ClientConfig::default()).unwrap())
}

struct Exports {
    run: TypedFunc<(), (bool,)>,
    tally: TypedFunc<(), (u32,)>,
}

impl Exports {
    fn new(store: &mut Store<Embedder>, instance: &Instance) -> Self {
        Self {
            run: instance.get_typed_func(&mut *store, "run").unwrap(),
            tally: instance.get_typed_func(&mut *store, "tally").unwrap(),
        }
    }
}

async fn instantiate(
    linker: &Linker<Embedder>,
    component: &Component,
) -> (Store<Embedder>, Exports) {
    let mut store = Store::new(linker.engine(), Embedder::new());
    let instance = within(linker.instantiate_async(&mut store, component)).await.unwrap();
    let exports = Exports::new(&mut store, &instance);
    (store, exports)
}

/// `run` deletes `apple` from `kv` once (true, then false), and `tally` reaches the host's own
/// function and state.
async fn check(store: &mut Store<Embedder>, exports: &Exports, kv: &InMemoryKv) {
    assert!(kv.get("apple").is_some());
    assert_eq!(within(exports.run.call_async(&mut *store, ())).await.unwrap(), (true,));
    assert_eq!(kv.get("apple"), None, "the guest's delete reached the store");
    assert_eq!(within(exports.run.call_async(&mut *store, ())).await.unwrap(), (false,));
    assert_eq!(within(exports.tally.call_async(&mut *store, ())).await.unwrap(), (1,));
    assert_eq!(within(exports.tally.call_async(&mut *store, ())).await.unwrap(), (2,));
    assert_eq!(store.data().tallies, 2);
}

#[tokio::test(flavor = "current_thread")]
async fn static_stubs_serve_a_custom_store_type_next_to_its_own_host_function() {
    let (_engine, component) = setup();
    let (kv, conn) = kv_server();
    let mut linker = Linker::<Embedder>::new(component.engine());
    add_host_functions(&mut linker).unwrap();
    let stubs = &kv::remote::store::Stubs;
    let link =
        within(neorun::link_remote_static(&mut linker, &component, kv::INTERFACE, &conn, stubs))
            .await
            .unwrap();
    assert!(matches!(&link, Link::RemoteStatic { peer } if peer == conn.peer()), "{link}");

    let (mut store, exports) = instantiate(&linker, &component).await;
    check(&mut store, &exports, &kv).await;
    // The stubs encoded through the custom store's own NeorunCtx: the last arguments are there.
    assert!(!store.data_mut().neorun().__scratch().is_empty());
}

#[tokio::test(flavor = "current_thread")]
async fn dynamic_stubs_serve_a_custom_store_type_next_to_its_own_host_function() {
    let (_engine, component) = setup();
    let (kv, conn) = kv_server();
    let mut linker = Linker::<Embedder>::new(component.engine());
    add_host_functions(&mut linker).unwrap();
    let link = within(neorun::link_remote_dynamic(&mut linker, &component, kv::INTERFACE, &conn))
        .await
        .unwrap();
    assert!(matches!(&link, Link::RemoteDynamic { .. }), "{link}");

    let (mut store, exports) = instantiate(&linker, &component).await;
    check(&mut store, &exports, &kv).await;
    // The dynamic stubs do not use the static stubs' encoder.
    assert!(store.data_mut().neorun().__scratch().is_empty());
}

#[tokio::test(flavor = "current_thread")]
async fn generated_add_to_linker_takes_a_linker_of_a_custom_store_type() {
    let (_engine, component) = setup();
    let (kv, conn) = kv_server();
    let mut linker = Linker::<Embedder>::new(component.engine());
    add_host_functions(&mut linker).unwrap();
    let binding = within(conn.bind(kv::remote::store::schema())).await.unwrap();
    kv::remote::store::add_to_linker(&mut linker, binding).unwrap();

    let (mut store, exports) = instantiate(&linker, &component).await;
    check(&mut store, &exports, &kv).await;
}

#[tokio::test(flavor = "current_thread")]
async fn the_in_memory_store_links_into_a_custom_store_type_without_a_field_for_it() {
    let (_engine, component) = setup();
    let (kv, _conn) = kv_server();
    let mut linker = Linker::<Embedder>::new(component.engine());
    add_host_functions(&mut linker).unwrap();
    kv.add_to_linker(&mut linker).unwrap();

    let (mut store, exports) = instantiate(&linker, &component).await;
    check(&mut store, &exports, &kv).await;
}

#[tokio::test(flavor = "current_thread")]
async fn the_builder_links_every_path_for_a_custom_store_type() {
    let (engine, component) = setup();
    for path in ["static", "dynamic", "local"] {
        let (kv, conn) = kv_server();
        let mut builder = InstanceBuilder::with_store_data(&engine, &component, Embedder::new());
        builder.link_local(HOST_IFACE, "embedder", add_host_functions).unwrap();
        match path {
            "static" => {
                let stubs: &dyn StaticInterface<Embedder> = &kv::remote::store::Stubs;
                within(builder.link_remote_static(kv::INTERFACE, &conn, stubs)).await.unwrap();
            }
            "dynamic" => {
                within(builder.link_remote_dynamic(kv::INTERFACE, &conn)).await.unwrap();
            }
            _ => {
                builder.link_kv(kv.clone()).unwrap();
            }
        }
        let mut built = within(builder.instantiate()).await.unwrap();
        let want = match path {
            "static" => "remote  static stubs",
            "dynamic" => "remote  dynamic stubs",
            _ => "local   in-memory kv",
        };
        let link = built.plan.link(kv::INTERFACE).unwrap().to_string();
        assert!(link.starts_with(want), "{path}: {link}");
        let own = built.plan.link(HOST_IFACE);
        assert_eq!(own, Some(&Link::Local { provider: "embedder".into() }));
        let exports = Exports::new(&mut built.store, &built.instance);
        check(&mut built.store, &exports, &kv).await;
    }
}

#[tokio::test(flavor = "current_thread")]
async fn linking_fails_for_an_import_the_component_lacks_or_one_linked_twice() {
    let (_engine, component) = setup();
    let (_kv, conn) = kv_server();
    let mut linker = Linker::<Embedder>::new(component.engine());
    let err = within(neorun::link_remote_dynamic(&mut linker, &component, "acme:x/y", &conn))
        .await
        .unwrap_err();
    assert!(matches!(&err, LinkError::NotImported { interface } if interface == "acme:x/y"));

    within(neorun::link_remote_dynamic(&mut linker, &component, kv::INTERFACE, &conn))
        .await
        .unwrap();
    let stubs = &kv::remote::store::Stubs;
    let err =
        within(neorun::link_remote_static(&mut linker, &component, kv::INTERFACE, &conn, stubs))
            .await
            .unwrap_err();
    assert!(
        matches!(&err, LinkError::Wasmtime(e) if format!("{e:#}").contains("defined twice")),
        "{err:#}"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn a_builder_of_a_custom_store_type_links_no_wasi_until_asked() {
    let (engine, component) = setup();
    let builder = InstanceBuilder::with_store_data(&engine, &component, Embedder::new());
    let mut missing = builder.plan().missing();
    missing.sort_unstable();
    assert_eq!(missing, [kv::INTERFACE, HOST_IFACE]);
    let err = within(builder.instantiate()).await.unwrap_err();
    assert!(matches!(&err, LinkError::Missing { imports } if imports.len() == 2), "{err}");
}

#[test]
fn wasi_is_linked_once() {
    let (engine, component) = setup();
    let mut builder = InstanceBuilder::new(&engine, &component).unwrap();
    let err = builder.link_wasi().unwrap_err();
    assert!(matches!(&err, LinkError::AlreadyLinked { link: Link::Wasi, .. }), "{err}");
    let mut builder = InstanceBuilder::with_wasi(&engine, &component, false).unwrap();
    builder.link_wasi().unwrap();
}
