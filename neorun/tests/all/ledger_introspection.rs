//! The ledger reads a component's imports and exports into neopack's schema model: functions,
//! types, unsupported entries, fingerprints, the subset check and the printed form.

use neopack::schema::{Case, Function, Interface, Type};
use neorun::ledger::{Direction, Ledger, Mismatch, Unsupported, WORLD};
use wasmtime::component::Component;
use wasmtime::{Config, Engine};

/// Imports the kv store interface (three of its functions plus a resource-using one) and a bare
/// world-level function. (wasmtime cannot run a re-export of an imported function, so exports
/// are covered by the dynamic end-to-end test's component.)
const KV_USER: &str = r#"
(component
  (import "neorun:kv/store@0.1.0" (instance $store
    (type $entry (record (field "key" string) (field "value" (list u8))
                         (field "tags" (list string)) (field "version" u64)))
    (export "entry" (type $entry' (eq $entry)))
    (type $kv-error (variant (case "invalid-key" string) (case "too-large" u64)))
    (export "kv-error" (type $kv-error' (eq $kv-error)))
    (export "handle" (type $handle (sub resource)))
    (export "noop" (func))
    (export "get" (func (param "key" string) (result (option $entry'))))
    (export "put" (func (param "e" $entry') (result (result u64 (error $kv-error')))))
    (export "open" (func (param "name" string) (result (own $handle))))
    (export "peek" (func (param "h" (borrow $handle)) (param "n" u32) (result u32)))
  ))
  (import "tick" (func (param "n" u32) (result (tuple u32 char))))
)
"#;

fn engine() -> Engine {
    let mut config = Config::new();
    config.concurrency_support(false);
    Engine::new(&config).expect("engine")
}

fn entry() -> Type {
    Type::record([
        ("key", Type::String),
        ("value", Type::list(Type::U8)),
        ("tags", Type::list(Type::String)),
        ("version", Type::U64),
    ])
}

fn kv_error() -> Type {
    Type::Variant(vec![
        Case::new("invalid-key", Some(Type::String)),
        Case::new("too-large", Some(Type::U64)),
    ])
}

/// The functions of the kv store this component uses, built by hand.
fn used_functions() -> Vec<Function> {
    vec![
        Function::new::<&str>("noop", [], None),
        Function::new("get", [("key", Type::String)], Some(Type::option(entry()))),
        Function::new(
            "put",
            [("e", entry())],
            Some(Type::result(Some(Type::U64), Some(kv_error()))),
        ),
    ]
}

/// What a provider offers: everything used, plus functions this component never calls.
fn offered() -> Interface {
    let mut functions = used_functions();
    functions.push(Function::new("delete", [("key", Type::String)], Some(Type::Bool)));
    functions.push(Function::new(
        "keys",
        [("prefix", Type::String)],
        Some(Type::list(Type::String)),
    ));
    Interface::new("neorun:kv/store@0.1.0", functions)
}

fn ledger() -> Ledger {
    let engine = engine();
    let component = Component::new(&engine, KV_USER).expect("component compiles");
    Ledger::new(&engine, &component)
}

#[test]
fn import_interface_functions_equal_hand_built_schema() {
    let ledger = ledger();
    let store = ledger.import("neorun:kv/store@0.1.0").expect("store import");
    assert_eq!(store.direction(), Direction::Import);
    assert!(!store.is_world());
    assert_eq!(store.functions(), used_functions().as_slice());
    assert_eq!(store.function_index("put"), Some(2));
    assert_eq!(store.resources(), ["handle".to_owned()]);
    let hand_built = Interface::new("neorun:kv/store@0.1.0", used_functions());
    assert_eq!(store.interface(), &hand_built);
    assert_eq!(store.fingerprint(), hand_built.fingerprint());
    for (ours, theirs) in store.functions().iter().zip(used_functions()) {
        assert_eq!(ours.fingerprint(), theirs.fingerprint(), "{}", ours.name);
    }
}

#[test]
fn resource_functions_are_unsupported_with_reason_not_dropped_silently() {
    let ledger = ledger();
    let store = ledger.import("neorun:kv/store@0.1.0").expect("store import");
    assert_eq!(
        store.unsupported(),
        [
            Unsupported {
                function: "open".into(),
                reason: "result: resource handle `own` is not supported".into(),
            },
            Unsupported {
                function: "peek".into(),
                reason: "parameter `h`: resource handle `borrow` is not supported".into(),
            },
        ]
    );
    assert_eq!(store.function_index("open"), None);
}

#[test]
fn world_level_function_import_is_grouped_under_the_empty_name() {
    let ledger = ledger();
    let world = ledger.import(WORLD).expect("world-level imports");
    assert!(world.is_world());
    let tick =
        Function::new("tick", [("n", Type::U32)], Some(Type::Tuple(vec![Type::U32, Type::Char])));
    assert_eq!(world.functions(), [tick]);
    assert_eq!(ledger.imports().len(), 2, "the store instance and the world group");
    assert_eq!(ledger.imports().last().map(|i| i.name()), Some(WORLD));
    assert!(ledger.exports().is_empty());
}

#[test]
fn check_against_accepts_a_superset_and_names_missing_or_different_functions() {
    let ledger = ledger();
    let store = ledger.import("neorun:kv/store@0.1.0").expect("import");
    assert_eq!(store.check_against(&offered()), Ok(()));
    assert_ne!(store.fingerprint(), offered().fingerprint(), "subset, not equality");

    let mut without_get = offered();
    without_get.functions.retain(|f| f.name != "get");
    let err = store.check_against(&without_get).unwrap_err();
    assert_eq!(err.function(), "get");
    assert_eq!(err.to_string(), "interface `neorun:kv/store@0.1.0` does not offer function `get`");

    let mut narrow = offered();
    let put = narrow.functions.iter_mut().find(|f| f.name == "put").expect("put");
    let Some(Type::Result { ok, .. }) = &mut put.result else { panic!("put returns a result") };
    *ok = Some(Box::new(Type::U32));
    let err = store.check_against(&narrow).unwrap_err();
    let difference = used_functions()[2].first_difference(&narrow.functions[2]).expect("differs");
    assert_eq!(
        err,
        Mismatch::Signature {
            interface: "neorun:kv/store@0.1.0".into(),
            function: "put".into(),
            difference: difference.clone(),
        }
    );
    assert!(difference.starts_with("result: expected `result<u64, variant{"), "{difference}");
    assert!(err.to_string().contains("function `put`: result: expected"), "{err}");
}

#[test]
fn display_prints_wit_like_text_with_fingerprints() {
    let ledger = ledger();
    let fp = Interface::new("", used_functions()).fingerprint();
    let tick =
        Function::new("tick", [("n", Type::U32)], Some(Type::Tuple(vec![Type::U32, Type::Char])));
    let world_fp = Interface::new("", vec![tick]).fingerprint();
    let body = "    resource handle;\n\
                \x20   noop: func();\n\
                \x20   get: func(key: string) -> option<record{key: string, value: list<u8>, tags: list<string>, version: u64}>;\n\
                \x20   put: func(e: record{key: string, value: list<u8>, tags: list<string>, version: u64}) -> result<u64, variant{invalid-key(string), too-large(u64)}>;\n\
                \x20   # unsupported open: result: resource handle `own` is not supported\n\
                \x20   # unsupported peek: parameter `h`: resource handle `borrow` is not supported\n";
    let expected = format!(
        "import neorun:kv/store@0.1.0 {{\n{body}}} # fingerprint {fp:#018x}\n\n\
         import <world> {{\n    tick: func(n: u32) -> tuple<u32, char>;\n}} # fingerprint {world_fp:#018x}"
    );
    assert_eq!(ledger.to_string(), expected);
}

/// This build of wasmtime has no `component-model-async`, so `future`, `stream`, `error-context`
/// and `async` functions cannot even be compiled; `map` and fixed-length lists can be enabled.
#[test]
fn unexpressible_types_make_only_their_function_unsupported() {
    let wat = r#"
    (component
      (import "t:x/y" (instance
        (type $ab (flags "a" "b"))
        (export "ab" (type $ab' (eq $ab)))
        (type $r (record (field "f" (list (option (list u8 2))))))
        (export "r" (type $r' (eq $r)))
        (export "ok" (func (param "a" (list (tuple s8 f64))) (result $ab')))
        (export "map" (func (result (map string u32))))
        (export "fixed" (func (param "l" (list u8 4))))
        (export "nested" (func (param "r" $r')))
      ))
    )"#;
    let mut config = Config::new();
    config
        .concurrency_support(false)
        .wasm_component_model_map(true)
        .wasm_component_model_fixed_length_lists(true);
    let engine = Engine::new(&config).expect("engine");
    let component = Component::new(&engine, wat).expect("component compiles");
    let ledger = Ledger::new(&engine, &component);
    let iface = ledger.import("t:x/y").expect("import");
    let ok = Function::new(
        "ok",
        [("a", Type::list(Type::Tuple(vec![Type::S8, Type::F64])))],
        Some(Type::flags(["a", "b"])),
    );
    assert_eq!(iface.functions(), [ok]);
    let reasons: Vec<(&str, &str)> =
        iface.unsupported().iter().map(|u| (u.function.as_str(), u.reason.as_str())).collect();
    assert_eq!(
        reasons,
        [
            ("map", "result: `map` is not supported"),
            ("fixed", "parameter `l`: fixed-length lists are not supported"),
            (
                "nested",
                "parameter `r`: field `f`: list element: fixed-length lists are not supported"
            ),
        ]
    );
}
