//! The guest components built by `build.rs`: each is a component, has the imports and exports
//! its WIT world describes, and — wired to its provider through the host — passes its own
//! checks. Tampering with one answer in transit makes the clients fail, so the checks can fail.

use std::collections::BTreeSet;
use std::sync::{Arc, LazyLock, OnceLock};

use neorun_workspace::guests;
use wasmtime::component::types::{ComponentFunc, ComponentItem};
use wasmtime::component::{Component, Func, Instance, Linker, Val};
use wasmtime::{Engine, Store};

/// The first eight bytes of every component: magic, version 0x0d, layer 1.
const COMPONENT_HEADER: [u8; 8] = [0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00];
const KV_WIT: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/neorun/wit/kv.wit"));
const SINK_WIT: &str =
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/guests/wit/sink.wit"));
const KV_STORE: &str = "neorun:kv/store@0.1.0";
const SINK_ECHO: &str = "neorun:sink/echo@0.1.0";

/// One engine for every case: compiling components in a debug build is slow.
static ENGINE: LazyLock<Engine> = LazyLock::new(Engine::default);

/// Each guest compiled once, shared by the tests that use it.
fn component(name: &str) -> &'static Component {
    static CACHE: LazyLock<Vec<OnceLock<Component>>> =
        LazyLock::new(|| guests::all().iter().map(|_| OnceLock::new()).collect());
    let all = guests::all();
    let index = all.iter().position(|(n, _)| *n == name).expect("a known guest");
    CACHE[index].get_or_init(|| {
        Component::new(&ENGINE, all[index].1).unwrap_or_else(|e| panic!("{name}: {e:?}"))
    })
}

/// The functions of `interface` in a WIT file, with their parameter names, in order. A small
/// parser for the one-function-per-line style of this repository's WIT files.
fn wit_functions(wit: &str, interface: &str) -> Vec<(String, Vec<String>)> {
    let start =
        wit.find(&format!("interface {interface} {{")).expect("the interface is in the file");
    let mut depth = 0;
    let mut functions = Vec::new();
    for line in wit[start..].lines() {
        depth += line.matches('{').count();
        depth -= line.matches('}').count();
        let line = line.trim();
        if let Some((name, rest)) = line.split_once(": func(") {
            let params = &rest[..rest.rfind(')').expect("a closing parenthesis")];
            let mut names = Vec::new();
            let mut angle = 0;
            let mut item = String::new();
            for ch in params.chars().chain([',']) {
                match ch {
                    '<' => angle += 1,
                    '>' => angle -= 1,
                    ',' if angle == 0 => {
                        if let Some((param, _)) = item.split_once(':') {
                            names.push(param.trim().to_owned());
                        }
                        item.clear();
                        continue;
                    }
                    _ => {}
                }
                item.push(ch);
            }
            functions.push((name.to_owned(), names));
        }
        if depth == 0 {
            break;
        }
    }
    assert!(!functions.is_empty(), "no functions found in {interface}");
    functions
}

/// The functions of a component instance type, with their parameter names.
fn instance_functions(item: &ComponentItem) -> Vec<(String, Vec<String>)> {
    let ComponentItem::ComponentInstance(instance) = item else {
        panic!("not an instance: {item:?}")
    };
    let mut functions: Vec<_> = instance
        .exports(&ENGINE)
        .filter_map(|(name, ext)| match ext.ty {
            ComponentItem::ComponentFunc(f) => Some((name.to_owned(), param_names(&f))),
            _ => None,
        })
        .collect();
    functions.sort();
    functions
}

fn param_names(f: &ComponentFunc) -> Vec<String> {
    f.params().map(|(name, _)| name.to_owned()).collect()
}

fn sorted(mut v: Vec<(String, Vec<String>)>) -> Vec<(String, Vec<String>)> {
    v.sort();
    v
}

/// The non-WASI imports of a component.
fn own_imports(name: &str) -> BTreeSet<String> {
    let ty = component(name).component_type();
    ty.imports(&ENGINE).map(|(n, _)| n.to_owned()).filter(|n| !n.starts_with("wasi:")).collect()
}

#[test]
fn every_guest_is_a_component() {
    for (name, bytes) in guests::all() {
        assert!(bytes.len() > 1_000, "{name}: only {} bytes", bytes.len());
        assert_eq!(bytes[..8], COMPONENT_HEADER, "{name}: not a component header");
    }
}

#[test]
fn kv_provider_exports_the_whole_store() {
    let ty = component("kv-provider").component_type();
    let store = ty.get_export(&ENGINE, KV_STORE).expect("the store export");
    assert_eq!(instance_functions(&store.ty), sorted(wit_functions(KV_WIT, "store")));
    assert_eq!(own_imports("kv-provider"), BTreeSet::new());
}

#[test]
fn kv_client_imports_every_store_function_and_exports_run() {
    let ty = component("kv-client").component_type();
    let store = ty.get_import(&ENGINE, KV_STORE).expect("the store import");
    assert_eq!(instance_functions(&store.ty), sorted(wit_functions(KV_WIT, "store")));
    assert_eq!(own_imports("kv-client"), BTreeSet::from([KV_STORE.to_owned()]));
    let run = ty.get_export(&ENGINE, "run").expect("the run export");
    let ComponentItem::ComponentFunc(run) = run.ty else { panic!("run is not a function") };
    assert_eq!(param_names(&run), ["op", "n"]);
}

#[test]
fn sink_provider_exports_every_echo_function() {
    let ty = component("sink-provider").component_type();
    let echo = ty.get_export(&ENGINE, SINK_ECHO).expect("the echo export");
    let functions = instance_functions(&echo.ty);
    assert_eq!(functions, sorted(wit_functions(SINK_WIT, "echo")));
    assert!(functions.len() >= 36, "only {} functions", functions.len());
    assert_eq!(own_imports("sink-provider"), BTreeSet::new());
}

#[test]
fn sink_client_imports_every_echo_function_and_exports_run() {
    let ty = component("sink-client").component_type();
    let echo = ty.get_import(&ENGINE, SINK_ECHO).expect("the echo import");
    assert_eq!(instance_functions(&echo.ty), sorted(wit_functions(SINK_WIT, "echo")));
    assert_eq!(own_imports("sink-client"), BTreeSet::from([SINK_ECHO.to_owned()]));
    let run = ty.get_export(&ENGINE, "run").expect("the run export");
    let ComponentItem::ComponentFunc(run) = run.ty else { panic!("run is not a function") };
    assert_eq!(param_names(&run).len(), 0);
}

/// Changes the results of one call on their way back to the client: (function, results).
type Tamper = Arc<dyn Fn(&str, &mut [Val]) + Send + Sync>;

/// Instantiates `provider` and `client` in one store, the client's `interface` imports
/// forwarded through the host to the provider's exports (after `tamper`), WASI imports trapping.
fn wire(
    client: &str,
    provider: &str,
    interface: &str,
    tamper: Option<Tamper>,
) -> (Store<()>, Instance) {
    let mut store = Store::new(&ENGINE, ());
    let mut linker = Linker::<()>::new(&ENGINE);
    linker
        .define_unknown_imports_as_traps(component(provider))
        .expect("trap stubs for the provider");
    let provider =
        linker.instantiate(&mut store, component(provider)).expect("the provider instantiates");
    let exported =
        provider.get_export_index(&mut store, None, interface).expect("the interface export");

    let mut linker = Linker::<()>::new(&ENGINE);
    let client_ty = component(client).component_type();
    let import = client_ty.get_import(&ENGINE, interface).expect("the interface import");
    let mut instance = linker.instance(interface).expect("a linker instance");
    for (name, _) in instance_functions(&import.ty) {
        let index =
            provider.get_export_index(&mut store, Some(&exported), &name).expect("the export");
        let func: Func = provider.get_func(&mut store, index).expect("an exported function");
        let tamper = tamper.clone();
        instance
            .func_new(&name.clone(), move |mut store, _ty, params, results| {
                func.call(&mut store, params, results)?;
                if let Some(tamper) = &tamper {
                    tamper(&name, results);
                }
                Ok(())
            })
            .expect("a forwarding function");
    }
    linker.define_unknown_imports_as_traps(component(client)).expect("trap stubs for the client");
    let client =
        linker.instantiate(&mut store, component(client)).expect("the client instantiates");
    (store, client)
}

/// Calls the client's `run` export with `params`; its `result<_, string>` as a Rust result.
fn run(store: &mut Store<()>, client: &Instance, params: &[Val]) -> Result<Val, String> {
    let func = client.get_func(&mut *store, "run").expect("the run export");
    let mut results = [Val::Bool(false)];
    func.call(&mut *store, params, &mut results).expect("run does not trap");
    match results {
        [Val::Result(Ok(Some(ok)))] => Ok(*ok),
        [Val::Result(Err(Some(err)))] => match *err {
            Val::String(s) => Err(s),
            other => panic!("run failed with a non-string: {other:?}"),
        },
        other => panic!("run returned {other:?}"),
    }
}

fn kv_run(store: &mut Store<()>, client: &Instance, op: &str, n: u32) -> Result<u64, String> {
    match run(store, client, &[Val::Enum(op.to_owned()), Val::U32(n)])? {
        Val::U64(v) => Ok(v),
        other => panic!("run returned {other:?}"),
    }
}

#[test]
fn kv_client_benches_and_selftest_pass_against_kv_provider() {
    let (mut store, client) = wire("kv-client", "kv-provider", KV_STORE, None);
    assert_eq!(kv_run(&mut store, &client, "get", 4), Ok(0), "nothing stored yet");
    // Revisions start at 1: 1 + 2 + 3.
    assert_eq!(kv_run(&mut store, &client, "put", 3), Ok(6));
    assert_eq!(kv_run(&mut store, &client, "get", 5), Ok(5 * 256));
    assert_eq!(kv_run(&mut store, &client, "noop", 17), Ok(17));
    let checks = kv_run(&mut store, &client, "selftest", 0).expect("the self-test passes");
    assert!(checks >= 30, "only {checks} checks");
    // The self-test cleans up after itself and can run again; the bench entry is still there.
    assert_eq!(kv_run(&mut store, &client, "selftest", 0), Ok(checks));
    assert_eq!(kv_run(&mut store, &client, "get", 1), Ok(256));
}

#[test]
fn kv_client_selftest_notices_unsorted_keys() {
    let tamper: Tamper = Arc::new(|name, results| {
        if let ("keys", [Val::List(keys)]) = (name, results) {
            keys.reverse();
        }
    });
    let (mut store, client) = wire("kv-client", "kv-provider", KV_STORE, Some(tamper));
    let err = kv_run(&mut store, &client, "selftest", 0).expect_err("the self-test fails");
    assert!(err.starts_with("check ") && err.contains("keys"), "{err}");
}

#[test]
fn sink_client_passes_against_sink_provider() {
    let (mut store, client) = wire("sink-client", "sink-provider", SINK_ECHO, None);
    let checks = run(&mut store, &client, &[]).expect("every echo matches");
    let Val::U32(checks) = checks else { panic!("run returned {checks:?}") };
    assert!(checks >= 150, "only {checks} checks");
    // The provider's note counters keep their state; the client compares against a baseline.
    assert_eq!(run(&mut store, &client, &[]), Ok(Val::U32(checks)));
}

#[test]
fn sink_client_notices_a_lost_sign_of_zero() {
    let tamper: Tamper = Arc::new(|name, results| {
        if let ("echo-f64", [Val::Float64(x)]) = (name, results) {
            *x = x.abs();
        }
    });
    let (mut store, client) = wire("sink-client", "sink-provider", SINK_ECHO, Some(tamper));
    let err = run(&mut store, &client, &[]).expect_err("the client notices");
    assert_eq!(err, "echo-f64: sent -0.0, got 0.0");
}

#[test]
fn sink_client_notices_a_dropped_flag() {
    let tamper: Tamper = Arc::new(|name, results| {
        if let ("echo-perms", [Val::Flags(flags)]) = (name, results) {
            flags.retain(|f| f != "bit31");
        }
    });
    let (mut store, client) = wire("sink-client", "sink-provider", SINK_ECHO, Some(tamper));
    let err = run(&mut store, &client, &[]).expect_err("the client notices");
    assert!(err.starts_with("echo-perms: sent Perms("), "{err}");
}
