//! The whole `Val` path inside one process: a component imports an interface whose dynamic stubs
//! ([`link_dynamic`]) forward to a [`RemoteCaller`] backed by a local closure that decodes the
//! arguments with `decode_args`, computes, and answers with `encode_result`; the component's
//! exports forward to those imports and are driven through [`call_export`], the server path.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use bytes::Bytes;
use futures::future::BoxFuture;
use neopack::schema::{Case, Function, Type};
use neopack::{Encoder, Limits};
use neorun::dynamic::{
    ExportCallError, RemoteCaller, call_export, decode_args, decode_results, encode_args,
    encode_result, link_dynamic,
};
use neorun::ledger::{Ledger, WORLD};
use neorun::rpc::{CallError, CallFailure, Failure};
use wasmtime::component::{Component, Instance, Linker, Val};
use wasmtime::{Config, Engine, Store};

const API: &str = "test:e2e/api";

/// Imports `test:e2e/api` and a world-level `tick`; exports the same interface and `tick`,
/// each export calling the matching import (a core module forwards the flat arguments and a
/// return-area pointer).
const FORWARDER: &str =
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/forwarder.wat"));

type Handler = dyn Fn(&str, Vec<Val>) -> Result<Vec<Val>, String> + Send + Sync;

/// A [`RemoteCaller`] that serves calls in process: decode, compute, encode — exactly what a
/// remote peer does, minus the network.
struct LocalCaller {
    functions: Vec<Function>,
    handler: Box<Handler>,
    calls: AtomicUsize,
}

impl LocalCaller {
    fn new(
        functions: &[Function],
        handler: impl Fn(&str, Vec<Val>) -> Result<Vec<Val>, String> + Send + Sync + 'static,
    ) -> Arc<Self> {
        Arc::new(Self {
            functions: functions.to_vec(),
            handler: Box::new(handler),
            calls: AtomicUsize::new(0),
        })
    }

    fn serve(&self, func: usize, args: &[u8]) -> Result<Bytes, String> {
        self.calls.fetch_add(1, Ordering::Relaxed);
        let f = self.functions.get(func).ok_or("no such function")?;
        let vals = decode_args(args, f).map_err(|e| format!("peer error: {e}"))?;
        let results = (self.handler)(&f.name, vals)?;
        let mut enc = Encoder::new();
        encode_result(&mut enc, f, &results).map_err(|e| e.to_string())?;
        Ok(Bytes::copy_from_slice(enc.finish().map_err(|e| e.to_string())?))
    }
}

impl RemoteCaller for LocalCaller {
    fn call(&self, func: usize, args: Vec<u8>) -> BoxFuture<'static, Result<Bytes, CallError>> {
        let name = self.functions.get(func).map_or("?", |f| f.name.as_str());
        let reply = self
            .serve(func, &args)
            .map_err(|e| CallError::new(API, name, CallFailure::Remote(Failure::handler(e))));
        Box::pin(async move { reply })
    }
}

/// Answers every call with fixed bytes, whatever they are.
struct RawCaller(Result<Bytes, CallError>);

impl RemoteCaller for RawCaller {
    fn call(&self, _func: usize, _args: Vec<u8>) -> BoxFuture<'static, Result<Bytes, CallError>> {
        let reply = self.0.clone();
        Box::pin(async move { reply })
    }
}

fn s(v: &str) -> Val {
    Val::String(v.to_owned())
}

fn field<'a>(record: &'a [(String, Val)], name: &str) -> &'a Val {
    &record.iter().find(|(n, _)| n == name).unwrap_or_else(|| panic!("field {name}")).1
}

/// The interface's behaviour, computed on `Val`s.
fn api(name: &str, args: Vec<Val>) -> Result<Vec<Val>, String> {
    Ok(match (name, args.as_slice()) {
        ("add", [Val::U32(a), Val::U32(b)]) => vec![Val::U32(a.wrapping_add(*b))],
        ("noop", []) => vec![],
        ("echo", [Val::String(text), Val::List(bytes)]) => {
            let reversed = bytes.iter().rev().cloned().collect();
            vec![Val::Tuple(vec![Val::String(text.to_uppercase()), Val::List(reversed)])]
        }
        ("mirror", [Val::Record(e)]) => {
            let Val::String(key) = field(e, "key") else { return Err("key".into()) };
            let failure = match key.as_str() {
                "missing" => Some(Val::Variant("not-found".into(), None)),
                "broken" => Some(Val::Variant("io".into(), Some(Box::new(s("disk full"))))),
                _ => None,
            };
            if let Some(f) = failure {
                return Ok(vec![Val::Result(Err(Some(Box::new(f))))]);
            }
            let Val::U64(version) = field(e, "version") else { return Err("version".into()) };
            let Val::List(tags) = field(e, "tags") else { return Err("tags".into()) };
            let Val::Flags(perms) = field(e, "perms") else { return Err("perms".into()) };
            let mut tags = tags.clone();
            tags.push(s("seen"));
            let mut perms = perms.clone();
            if !perms.iter().any(|p| p == "write") {
                perms.push("write".into());
            }
            let out = Val::Record(vec![
                ("key".into(), s(&format!("{key}!"))),
                ("value".into(), field(e, "value").clone()),
                ("tags".into(), Val::List(tags)),
                ("version".into(), Val::U64(version + 1)),
                ("color".into(), Val::Enum("blue-ish".into())),
                ("perms".into(), Val::Flags(perms)),
            ]);
            vec![Val::Result(Ok(Some(Box::new(out))))]
        }
        ("tick", [Val::U32(n)]) => vec![Val::U32(n * 2)],
        (other, args) => return Err(format!("unexpected call {other}({args:?})")),
    })
}

fn engine() -> Engine {
    let mut config = Config::new();
    config.concurrency_support(false);
    Engine::new(&config).expect("engine")
}

struct Fixture {
    engine: Engine,
    component: Component,
    ledger: Ledger,
}

impl Fixture {
    fn new() -> Self {
        let engine = engine();
        let component = Component::new(&engine, FORWARDER).expect("forwarder compiles");
        let ledger = Ledger::new(&engine, &component);
        Self { engine, component, ledger }
    }

    /// Links the api import to `api_caller` and `tick` to the local handler; instantiates.
    async fn instantiate(&self, api_caller: Arc<dyn RemoteCaller>) -> (Store<()>, Instance) {
        let mut linker = Linker::<()>::new(&self.engine);
        let iface = self.ledger.import(API).expect("api import");
        link_dynamic(&mut linker.instance(API).expect("instance"), iface, api_caller)
            .expect("link api");
        let world = self.ledger.import(WORLD).expect("world import");
        link_dynamic(&mut linker.root(), world, LocalCaller::new(world.functions(), api))
            .expect("link tick");
        let mut store = Store::new(&self.engine, ());
        let instance =
            linker.instantiate_async(&mut store, &self.component).await.expect("instantiate");
        (store, instance)
    }

    fn local(&self) -> Arc<LocalCaller> {
        LocalCaller::new(self.ledger.import(API).expect("api").functions(), api)
    }

    /// Calls exported `func` of `iface` through the server path with `args`; returns the
    /// decoded result (or `None` for a function without one).
    async fn serve(
        &self,
        store: &mut Store<()>,
        instance: &Instance,
        iface: &str,
        func: &str,
        args: &[Val],
    ) -> Result<Option<Val>, ExportCallError> {
        let export = self.ledger.export(iface).expect("export");
        let index = export.function_index(func).expect("function");
        let f = &export.functions()[index];
        let mut enc = Encoder::new();
        encode_args(&mut enc, f, args).expect("args encode");
        let args = enc.finish().expect("args").to_vec();
        let mut out = Encoder::new();
        call_export(&mut *store, instance, export, index, &args, Limits::default(), &mut out)
            .await?;
        let mut results = vec![Val::Bool(false); usize::from(f.result.is_some())];
        decode_results(out.finish().expect("result"), f, &mut results).expect("result decodes");
        Ok(results.pop())
    }
}

fn entry(key: &str) -> Val {
    Val::Record(vec![
        ("key".into(), s(key)),
        ("value".into(), Val::List((0..=255u8).map(Val::U8).collect())),
        ("tags".into(), Val::List(vec![s("a"), s("bc")])),
        ("version".into(), Val::U64(u64::MAX - 1)),
        ("color".into(), Val::Enum("green".into())),
        ("perms".into(), Val::Flags(vec!["read".into(), "exec-all".into()])),
    ])
}

#[test]
fn ledger_sees_the_forwarders_imports_and_exports_alike() {
    let fx = Fixture::new();
    let import = fx.ledger.import(API).expect("import");
    let export = fx.ledger.export(API).expect("export");
    assert_eq!(import.functions(), export.functions());
    assert!(import.unsupported().is_empty() && export.unsupported().is_empty());
    let failure = Type::Variant(vec![
        Case::new("not-found", None),
        Case::new("io", Some(Type::String)),
        Case::new("code", Some(Type::U32)),
    ]);
    let mirror = &export.functions()[export.function_index("mirror").expect("mirror")];
    let Some(Type::Result { err: Some(err), .. }) = &mirror.result else { panic!("{mirror:?}") };
    assert_eq!(**err, failure);
    assert_eq!(fx.ledger.export(WORLD).expect("world export").functions().len(), 1);
}

#[tokio::test]
async fn every_call_round_trips_through_dynamic_stubs_and_the_server_path() {
    let fx = Fixture::new();
    let caller = fx.local();
    let (mut store, instance) = fx.instantiate(caller.clone()).await;

    let got =
        fx.serve(&mut store, &instance, API, "add", &[Val::U32(40), Val::U32(2)]).await.unwrap();
    assert_eq!(got, Some(Val::U32(42)));
    let got = fx.serve(&mut store, &instance, API, "noop", &[]).await.unwrap();
    assert_eq!(got, None);

    let bytes: Vec<Val> = [1u8, 2, 3].into_iter().map(Val::U8).collect();
    let got = fx
        .serve(&mut store, &instance, API, "echo", &[s("héllo"), Val::List(bytes)])
        .await
        .unwrap();
    let expected =
        Val::Tuple(vec![s("HÉLLO"), Val::List([3u8, 2, 1].into_iter().map(Val::U8).collect())]);
    assert_eq!(got, Some(expected));

    let Some(Val::Result(Ok(Some(out)))) =
        fx.serve(&mut store, &instance, API, "mirror", &[entry("k")]).await.unwrap()
    else {
        panic!("mirror of k must succeed")
    };
    let Val::Record(out) = *out else { panic!("record") };
    assert_eq!(field(&out, "key"), &s("k!"));
    assert_eq!(field(&out, "value"), &Val::List((0..=255u8).map(Val::U8).collect()));
    assert_eq!(field(&out, "tags"), &Val::List(vec![s("a"), s("bc"), s("seen")]));
    assert_eq!(field(&out, "version"), &Val::U64(u64::MAX));
    assert_eq!(field(&out, "color"), &Val::Enum("blue-ish".into()));
    // Flags come back from the guest in declared order.
    assert_eq!(
        field(&out, "perms"),
        &Val::Flags(vec!["read".into(), "write".into(), "exec-all".into()])
    );

    let got = fx.serve(&mut store, &instance, API, "mirror", &[entry("broken")]).await.unwrap();
    let io = Val::Variant("io".into(), Some(Box::new(s("disk full"))));
    assert_eq!(got, Some(Val::Result(Err(Some(Box::new(io))))));
    let got = fx.serve(&mut store, &instance, API, "mirror", &[entry("missing")]).await.unwrap();
    assert_eq!(got, Some(Val::Result(Err(Some(Box::new(Val::Variant("not-found".into(), None)))))));

    let got = fx.serve(&mut store, &instance, WORLD, "tick", &[Val::U32(21)]).await.unwrap();
    assert_eq!(got, Some(Val::U32(42)));

    assert_eq!(caller.calls.load(Ordering::Relaxed), 6, "every api call reached the caller");
}

#[tokio::test]
async fn plain_call_async_with_vals_reaches_the_stub_too() {
    let fx = Fixture::new();
    let (mut store, instance) = fx.instantiate(fx.local()).await;
    let api_idx = instance.get_export_index(&mut store, None, API).expect("api export");
    let add_idx = instance.get_export_index(&mut store, Some(&api_idx), "add").expect("add");
    let add = instance.get_func(&mut store, add_idx).expect("func");
    let mut results = [Val::Bool(false)];
    add.call_async(&mut store, &[Val::U32(u32::MAX), Val::U32(2)], &mut results).await.unwrap();
    assert_eq!(results, [Val::U32(1)]);
}

async fn trap_message(
    fx: &Fixture,
    caller: Arc<dyn RemoteCaller>,
    func: &str,
    args: &[Val],
) -> String {
    let (mut store, instance) = fx.instantiate(caller).await;
    match fx.serve(&mut store, &instance, API, func, args).await {
        Err(ExportCallError::Guest { function, source }) => {
            assert_eq!(function, format!("{API}#{func}"));
            let call = source.downcast_ref::<CallError>().expect("the trap carries the call error");
            assert_eq!((call.interface.as_str(), call.function.as_str()), (API, func));
            format!("{source:?}")
        }
        other => panic!("expected a guest trap, got {other:?}"),
    }
}

#[tokio::test]
async fn caller_failure_traps_the_guest_naming_interface_function_and_cause() {
    let fx = Fixture::new();
    let lost = CallFailure::ConnectionLost {
        may_have_executed: false,
        reason: "connection closed".into(),
    };
    let down = Arc::new(RawCaller(Err(CallError::new(API, "add", lost))));
    let msg = trap_message(&fx, down, "add", &[Val::U32(1), Val::U32(2)]).await;
    assert!(
        msg.contains(
            "interface `test:e2e/api`, function `add`: connection lost (connection closed)"
        ),
        "{msg}"
    );
    assert_eq!(msg.matches("test:e2e/api").count(), 1, "named once: {msg}");
}

#[tokio::test]
async fn malformed_reply_traps_with_the_decode_error_and_offset() {
    let fx = Fixture::new();
    // A u64 where `add` returns a u32.
    let wrong = Arc::new(RawCaller(Ok(Bytes::from_static(&[0x07, 1, 0, 0, 0, 0, 0, 0, 0]))));
    let msg = trap_message(&fx, wrong, "add", &[Val::U32(1), Val::U32(2)]).await;
    assert!(
        msg.contains("interface `test:e2e/api`, function `add`: malformed reply: malformed value"),
        "{msg}"
    );
    assert!(msg.contains("at byte 0"), "{msg}");

    // A case index the variant does not have, deep inside `mirror`'s result.
    let bad_case = Arc::new(RawCaller(Ok(Bytes::from_static(&[0x18, 0x14, 9, 0, 0, 0, 0x01]))));
    let msg = trap_message(&fx, bad_case, "mirror", &[entry("k")]).await;
    assert!(msg.contains("case 9 out of range for 3 cases at byte 1"), "{msg}");

    // Trailing garbage after a correct answer.
    let trailing = Arc::new(RawCaller(Ok(Bytes::from_static(&[0x01, 0x01]))));
    let msg = trap_message(&fx, trailing, "noop", &[]).await;
    assert!(msg.contains("interface `test:e2e/api`, function `noop`: malformed reply"), "{msg}");
}

#[tokio::test]
async fn server_path_rejects_bad_arguments_and_unknown_functions() {
    let fx = Fixture::new();
    let (mut store, instance) = fx.instantiate(fx.local()).await;
    let export = fx.ledger.export(API).expect("export");
    let add = export.function_index("add").expect("add");
    let mut out = Encoder::new();
    // A record of one u32 where `add` takes two.
    let mut enc = Encoder::new();
    enc.begin_record(1).unwrap();
    enc.u32(1).unwrap();
    enc.end_record().unwrap();
    let args = enc.finish().unwrap().to_vec();
    let err = call_export(&mut store, &instance, export, add, &args, Limits::default(), &mut out)
        .await
        .unwrap_err();
    assert!(
        matches!(&err, ExportCallError::Args { function, .. } if function == "test:e2e/api#add"),
        "{err}"
    );
    assert!(err.to_string().contains("expected 2 entries, found 1 at byte 0"), "{err}");

    let err = call_export(&mut store, &instance, export, 99, &args, Limits::default(), &mut out)
        .await
        .unwrap_err();
    assert_eq!(err.to_string(), "`test:e2e/api` exports no function `#99`");

    // The instance still works after refused calls: nothing ran.
    let got =
        fx.serve(&mut store, &instance, API, "add", &[Val::U32(2), Val::U32(3)]).await.unwrap();
    assert_eq!(got, Some(Val::U32(5)));
}
