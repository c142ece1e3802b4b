//! Every WIT fixture expands and compiles; the generated types, codecs and schemas behave.

use neopack::Limits;
use neopack::codec::{Decode, Encode, from_slice, to_vec};
use neopack::schema::{Case, Field, Function, Type};

#[neorun_macros::remote("tests/fixtures/all-types.wit")]
mod all_types {}

#[neorun_macros::remote("tests/fixtures/keywords.wit")]
mod keywords {}

#[neorun_macros::remote("tests/fixtures/multi.wit")]
mod multi {}

#[neorun_macros::remote("tests/fixtures/world-funcs.wit")]
mod world_funcs {}

#[neorun_macros::remote(path = "tests/fixtures/with-deps", world = "app-world")]
mod with_deps {}

#[neorun_macros::remote(path = "tests/fixtures/with-deps", world = "fixtures:main/other")]
mod with_deps_other {}

#[neorun_macros::remote(path = "tests/fixtures/e2e.wit")]
mod e2e {}

/// Generated code reaches the runtime only through `::neorun::__private` (or `crate = path`)
/// and spells every prelude item in full.
#[no_implicit_prelude]
mod without_prelude {
    #[::neorun_macros::remote(path = "tests/fixtures/all-types.wit")]
    mod all_types {}

    #[::neorun_macros::remote(path = "tests/fixtures/world-funcs.wit")]
    mod world_funcs {}
}

/// The runtime under another path.
mod renamed {
    pub(crate) mod rt {
        pub(crate) use ::neorun::__private;
    }
    #[neorun_macros::remote(path = "tests/fixtures/e2e.wit", crate = crate::fixtures::renamed::rt)]
    mod e2e {}
}

fn round_trip<T>(v: &T) -> Vec<u8>
where
    T: Encode + for<'a> Decode<'a> + PartialEq + std::fmt::Debug,
{
    let b = to_vec(v).unwrap();
    assert_eq!(&from_slice::<T>(&b, Limits::default()).unwrap(), v);
    b
}

#[test]
fn keyword_names_are_escaped() {
    use keywords::r#type::{Enum, Mod, Self_, Use};
    let s = Self_ { r#type: 1, r#match: "m".into(), r#fn: true, kebab_case_field: 2 };
    round_trip(&Enum::Type(s.clone()));
    round_trip(&Enum::Match);
    round_trip(&Use::Crate);
    round_trip(&(Mod::TYPE | Mod::SELF));
    let names: Vec<&str> =
        keywords::r#type::schema().functions.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["match", "fn", "async", "self-test"]);
    assert_eq!(keywords::r#type::NAME, "fixtures:keywords/type");
}

#[test]
fn generated_records_encode_like_the_hand_written_encoder() {
    use all_types::values::{Level, Mode, Shape};
    let v = Shape::Point((1.5, -2.0));
    let mut e = neopack::Encoder::new();
    e.variant(1).unwrap();
    e.begin_record(2).unwrap();
    e.f32(1.5).unwrap();
    e.f32(-2.0).unwrap();
    e.end_record().unwrap();
    assert_eq!(round_trip(&v), e.finish().unwrap());

    let mut e = neopack::Encoder::new();
    e.variant(2).unwrap();
    e.unit().unwrap();
    assert_eq!(round_trip(&Level::High), e.finish().unwrap());

    let mut e = neopack::Encoder::new();
    e.flags(4, 0b1010).unwrap();
    assert_eq!(round_trip(&(Mode::WRITE | Mode::STICKY_BIT)), e.finish().unwrap());

    let mut e = neopack::Encoder::new();
    e.variant(3).unwrap();
    e.begin_list(2).unwrap();
    for case in [0, 2] {
        e.variant(case).unwrap();
        e.unit().unwrap();
    }
    e.end_list().unwrap();
    assert_eq!(round_trip(&Shape::Levels(vec![Level::Low, Level::High])), e.finish().unwrap());
}

#[test]
fn generated_bytes_validate_against_the_generated_schema() {
    use all_types::values::{Deep, DeepLeaf, Level, Mode, Shape, Wide};
    let leaf = DeepLeaf { w: Wide::F0 | Wide::F31, m: Some(vec![1, 2]) };
    let d = Deep {
        a: Some(vec![None, Some(((7, "p".into()), vec![Ok(()), Err(Level::Mid)]))]),
        b: Ok(Some(leaf)),
        c: vec![vec![vec![Mode::READ], vec![]], vec![]],
    };
    let bytes = round_trip(&d);
    let f = all_types::values::schema().function("echo-deep").unwrap();
    neopack::validate(&bytes, &f.params[0].ty, Limits::default()).unwrap();
    let e: Deep = Deep { b: Err(vec![Shape::None, Shape::Nested(Some(Err("x".into())))]), ..d };
    neopack::validate(&round_trip(&e), &f.params[0].ty, Limits::default()).unwrap();
}

#[test]
fn the_generated_schema_equals_a_hand_built_one() {
    let level = Type::enumeration(["low", "mid", "high"]);
    let mode = Type::flags(["read", "write", "exec", "sticky-bit"]);
    let pair = Type::Tuple(vec![Type::U32, Type::String]);
    let shape = Type::Variant(vec![
        Case::new("none", None),
        Case::new("point", Some(Type::Tuple(vec![Type::F32, Type::F32]))),
        Case::new("named", Some(Type::String)),
        Case::new("levels", Some(Type::list(level.clone()))),
        Case::new("nested", Some(Type::option(Type::result(Some(Type::U8), Some(Type::String))))),
    ]);
    let many = Function::new(
        "many-params",
        [
            ("a", Type::Bool),
            ("b", Type::U8),
            ("c", Type::S16),
            ("d", Type::F64),
            ("e", Type::Char),
            ("f", Type::String),
            ("g", Type::list(Type::U8)),
            ("h", pair.clone()),
            ("i", level),
            ("j", mode),
        ],
        Some(Type::result(Some(pair), Some(shape))),
    );
    let s = all_types::values::schema();
    assert_eq!(s.function("many-params"), Some(&many));
    assert_eq!(s.function("many-params").unwrap().fingerprint(), many.fingerprint());
    assert_eq!(
        s.function("unit-result"),
        Some(&Function::new::<&str>("unit-result", [], Some(Type::result(None, None))))
    );

    let id = Type::Record(vec![Field::new("hi", Type::U64), Field::new("lo", Type::U64)]);
    let state = Type::enumeration(["idle", "busy"]);
    let job = Type::record([
        ("id", id.clone()),
        ("state", state.clone()),
        ("tags", Type::list(Type::String)),
    ]);
    let err = Type::Variant(vec![
        Case::new("missing", Some(id.clone())),
        Case::new("refused", Some(Type::String)),
    ]);
    let jobs = neopack::schema::Interface::new(
        "fixtures:multi/jobs@1.2.3",
        vec![
            Function::new(
                "submit",
                [("j", job.clone())],
                Some(Type::result(Some(id.clone()), Some(err))),
            ),
            Function::new("status", [("id", id.clone())], Some(Type::option(state))),
        ],
    );
    assert_eq!(multi::jobs::schema(), &jobs);
    assert_eq!(multi::jobs::schema().fingerprint(), jobs.fingerprint());
    assert_eq!(
        multi::events::schema().functions,
        [Function::new("subscribe", [("ids", Type::list(id))], Some(Type::list(job)))]
    );
    assert!(multi::types::schema().functions.is_empty());
}

#[test]
fn use_makes_aliases_to_the_owning_interface() {
    let id = multi::types::Id { hi: 1, lo: 2 };
    let job: multi::jobs::Job =
        multi::jobs::Job { id, state: multi::jobs::State::Busy, tags: vec![] };
    let _: multi::types::Id = job.id;
    let _: multi::events::Job = job;
}

#[test]
fn world_level_types_and_functions_have_their_own_module() {
    let p = world_funcs::Point { x: 1, y: -1 };
    round_trip(&p);
    round_trip(&world_funcs::Dir::Down);
    let names: Vec<&str> =
        world_funcs::world_funcs::schema().functions.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["move", "now"]);
    assert_eq!(world_funcs::world_funcs::NAME, "fixtures:world-funcs/world-funcs");
    assert_eq!(world_funcs::log::NAME, "fixtures:world-funcs/log");
}

#[test]
fn a_dependency_package_is_resolved_from_deps() {
    assert_eq!(with_deps::shapes::NAME, "fixtures:base/shapes");
    assert_eq!(with_deps::app::NAME, "fixtures:main/app");
    let c = with_deps::shapes::Circle { r: 2.0 };
    round_trip(&c);
    assert_eq!(with_deps_other::shapes::schema().functions[0].name, "scale");
}

#[test]
fn decoding_rejects_out_of_range_cases_and_wrong_counts() {
    use all_types::values::Level;
    let mut e = neopack::Encoder::new();
    e.variant(3).unwrap();
    e.unit().unwrap();
    let err = from_slice::<Level>(e.finish().unwrap(), Limits::default()).unwrap_err();
    assert_eq!(err.kind, neopack::DecodeErrorKind::CaseOutOfRange { case: 3, cases: 3 });
    let b = to_vec(&(1u64,)).unwrap();
    let err = from_slice::<multi::types::Id>(&b, Limits::default()).unwrap_err();
    assert_eq!(err.kind, neopack::DecodeErrorKind::WrongCount { expected: 2, found: 1 });
}

mod prop {
    use super::*;
    use e2e::api::{Color, Entry, Perms};
    use proptest::prelude::*;

    fn hand(e: &Entry) -> Vec<u8> {
        let mut enc = neopack::Encoder::new();
        enc.begin_record(6).unwrap();
        enc.str(&e.key).unwrap();
        enc.bytes(&e.value).unwrap();
        enc.begin_list(e.tags.len() as u32).unwrap();
        for t in &e.tags {
            enc.str(t).unwrap();
        }
        enc.end_list().unwrap();
        enc.u64(e.version).unwrap();
        enc.variant(e.color as u32).unwrap();
        enc.unit().unwrap();
        let bits = [Perms::READ, Perms::WRITE, Perms::EXEC_ALL]
            .iter()
            .enumerate()
            .filter(|(_, p)| e.perms.contains(**p))
            .fold(0u64, |b, (i, _)| b | 1 << i);
        enc.flags(3, bits).unwrap();
        enc.end_record().unwrap();
        enc.finish().unwrap().to_vec()
    }

    fn entry() -> impl Strategy<Value = Entry> {
        (
            ".{0,12}",
            proptest::collection::vec(any::<u8>(), 0..40),
            proptest::collection::vec(".{0,6}", 0..4),
            any::<u64>(),
            0..3u8,
            0..8u8,
        )
            .prop_map(|(key, value, tags, version, c, p)| {
                let color = [Color::Red, Color::Green, Color::BlueIsh][c as usize];
                let mut perms = Perms::empty();
                for (i, f) in [Perms::READ, Perms::WRITE, Perms::EXEC_ALL].into_iter().enumerate() {
                    if p & (1 << i) != 0 {
                        perms |= f;
                    }
                }
                Entry { key, value, tags, version, color, perms }
            })
    }

    proptest! {
        #[test]
        fn generated_encode_equals_the_hand_built_encoder_and_round_trips(e in entry()) {
            let bytes = to_vec(&e).unwrap();
            prop_assert_eq!(&bytes, &hand(&e));
            prop_assert_eq!(from_slice::<Entry>(&bytes, Limits::default()).unwrap(), e);
            let ty = &e2e::api::schema().function("mirror").unwrap().params[0].ty;
            neopack::validate(&bytes, ty, Limits::default()).unwrap();
        }
    }
}

#[neorun_macros::remote("tests/fixtures/std-names.wit")]
mod std_names {}

/// Functions named like std methods reach the handler through the generated server.
#[test]
fn functions_named_like_std_methods_reach_the_handler() {
    use bytes::Bytes;
    use neorun::rpc::Service;
    use std_names::names::{Handler, Server};

    struct H;
    impl Handler for H {
        async fn clone(&self, x: u32) -> u32 {
            x + 1
        }
        async fn drop(&self) {}
        async fn into(&self, s: String) -> String {
            s.to_uppercase()
        }
        async fn as_ref(&self) -> u64 {
            7
        }
        async fn to_owned(&self, v: Vec<u8>) -> Vec<u8> {
            v.into_iter().rev().collect()
        }
        async fn borrow(&self) -> bool {
            true
        }
    }
    let server = Server::new(H);
    let schema = std_names::names::schema();
    let call = |name: &str, args: Vec<u8>| {
        let idx = schema.functions.iter().position(|f| f.name == name).unwrap();
        futures::executor::block_on(server.call(0, idx, Bytes::from(args))).unwrap()
    };
    let args = |f: &dyn Fn(&mut neopack::Encoder), n: u32| {
        let mut enc = neopack::Encoder::new();
        enc.begin_record(n).unwrap();
        f(&mut enc);
        enc.end_record().unwrap();
        enc.finish().unwrap().to_vec()
    };
    let out = call("clone", args(&|e| e.u32(41).unwrap(), 1));
    assert_eq!(from_slice::<u32>(&out, Limits::default()).unwrap(), 42);
    let out = call("into", args(&|e| e.str("abc").unwrap(), 1));
    assert_eq!(from_slice::<String>(&out, Limits::default()).unwrap(), "ABC");
    let out = call("as-ref", args(&|_| {}, 0));
    assert_eq!(from_slice::<u64>(&out, Limits::default()).unwrap(), 7);
    let out = call("to-owned", args(&|e| e.bytes(&[1, 2, 3]).unwrap(), 1));
    assert_eq!(from_slice::<Vec<u8>>(&out, Limits::default()).unwrap(), [3, 2, 1]);
    assert_eq!(call("drop", args(&|_| {}, 0)), [neopack::tag::UNIT][..]);
}

#[neorun_macros::remote(path = "tests/fixtures/both-sides.wit", world = "middle")]
mod both_middle {}

#[neorun_macros::remote(path = "tests/fixtures/both-sides.wit", world = "provider")]
mod both_provider {}

struct Echo;

impl both_provider::echo::Handler for Echo {
    async fn echo(&self, x: String) -> String {
        x
    }
    async fn count(&self) -> u32 {
        2
    }
}

/// A world that imports and exports one interface keeps both sides in one module, and a world
/// that only exports it yields the native server a provider is written against.
#[test]
fn imported_and_exported_interfaces_get_stubs_and_servers() {
    use bytes::Bytes;
    use neorun::StaticInterface;
    use neorun::rpc::Service;

    let middle = both_middle::echo::schema();
    let names: Vec<&str> = middle.functions.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["echo", "count"], "the import side kept its functions");
    assert_eq!(middle, both_provider::echo::schema());
    let stubs: &dyn StaticInterface = &both_middle::echo::Stubs;
    assert_eq!(stubs.schema(), middle);

    let server = both_provider::echo::Server::new(Echo);
    let mut enc = neopack::Encoder::new();
    enc.begin_record(1).unwrap();
    enc.str("hi").unwrap();
    enc.end_record().unwrap();
    let args = Bytes::copy_from_slice(enc.finish().unwrap());
    let out = futures::executor::block_on(server.call(0, 0, args)).unwrap();
    assert_eq!(from_slice::<String>(&out, Limits::default()).unwrap(), "hi");
}

#[neorun_macros::remote(path = "tests/fixtures/versions")]
mod versions {}

#[neorun_macros::remote("tests/fixtures/inline-clash.wit")]
mod inline_clash {}

#[neorun_macros::remote("tests/fixtures/derive-names.wit")]
mod derive_names {}

#[neorun_macros::remote(path = "tests/fixtures/world-type.wit", world = "type")]
mod world_type {}

#[neorun_macros::remote(path = "tests/fixtures/many-params.wit", world = "many-params")]
mod many_params {}

#[neorun_macros::remote(path = "tests/fixtures/many-params.wit", world = "wide-world")]
mod wide_types {}

#[neorun_macros::remote(path = "tests/fixtures/every-type.wit", world = "every-type")]
mod every_type {}

#[neorun_macros::remote(path = "tests/fixtures/deep.wit", world = "deep-world")]
mod deep {}

#[neorun_macros::remote(path = "tests/fixtures/payloads.wit", world = "payloads-world")]
mod payloads {}

/// The generated encoder and the dynamic (`Val`) codec write the same bytes for `v`, whose
/// schema type is `ty`: decode the typed bytes as a `Val`, encode it again, compare, and decode
/// the typed value back.
fn static_equals_dynamic<T>(v: &T, ty: &Type)
where
    T: Encode + for<'a> Decode<'a> + std::fmt::Debug + PartialEq,
{
    let typed = to_vec(v).unwrap();
    let mut dec = neopack::Decoder::new(&typed, Limits::default()).unwrap();
    let val = neorun::dynamic::decode_val(&mut dec, ty).unwrap();
    dec.finish().unwrap();
    let mut enc = neopack::Encoder::new();
    neorun::dynamic::encode_val(&mut enc, ty, &val).unwrap();
    assert_eq!(enc.finish().unwrap(), typed.as_slice(), "{v:?}");
    assert_eq!(&from_slice::<T>(&typed, Limits::default()).unwrap(), v);
}

/// The schema type of parameter `param` of function `func`.
fn param_ty(iface: &neopack::schema::Interface, func: &str, param: usize) -> Type {
    let f = iface.functions.iter().find(|f| f.name == func).unwrap();
    f.params[param].ty.clone()
}

#[test]
fn type_heavy_fixtures_encode_the_same_on_the_static_and_dynamic_paths() {
    use every_type::compound::{E, F, R, V};
    let c = every_type::compound::schema();
    let rs = vec![R { a: 1 }, R { a: u32::MAX }];
    static_equals_dynamic(&V::Many(rs.clone()), &param_ty(c, "named", 1));
    static_equals_dynamic(&V::None, &param_ty(c, "named", 1));
    static_equals_dynamic(&(F::X | F::Z), &param_ty(c, "named", 3));
    static_equals_dynamic(&E::C, &param_ty(c, "named", 2));
    static_equals_dynamic(&Some(Some(String::from("é"))), &param_ty(c, "options", 1));
    static_equals_dynamic(&Some(None::<String>), &param_ty(c, "options", 1));
    let r: Result<R, V> = Err(V::Some(R { a: 3 }));
    static_equals_dynamic(&r, &param_ty(c, "results", 3));
    static_equals_dynamic(&Ok::<(), String>(()), &param_ty(c, "results", 2));
    static_equals_dynamic(
        &(String::from("t"), vec![1u8, 2], Some(E::A)),
        &param_ty(c, "tuples", 1),
    );
    static_equals_dynamic(&vec![vec![-1i64, i64::MIN], vec![]], &param_ty(c, "lists", 2));
    static_equals_dynamic(&vec!['a', '😀'], &param_ty(c, "lists", 3));

    use deep::deep::{Branch, Leaf, Tree, Wrapper};
    let d = deep::deep::schema();
    let leaf = Leaf { tag: "l".into(), bytes: vec![0, 255] };
    let w = Wrapper {
        inner: vec![
            None,
            Some(Ok((vec![leaf.clone()], Some(vec![vec!["x".into()], vec![]])))),
            Some(Err(vec![Some(1), None])),
        ],
        more: vec![vec![vec![vec![vec![1, 2], vec![]]]]],
    };
    static_equals_dynamic(&w, &param_ty(d, "walk", 0));
    let t = Tree::Node(vec![
        Branch { label: Some("b".into()), weight: -0.5 },
        Branch { label: None, weight: 1e300 },
    ]);
    static_equals_dynamic(&t, &param_ty(d, "walk", 1));
    static_equals_dynamic(&Tree::Leaf(leaf), &param_ty(d, "walk", 1));

    use payloads::payloads::{Bits, Message, Point, UnitKind};
    let p = payloads::payloads::schema();
    for m in [
        Message::Empty,
        Message::Text("hi".into()),
        Message::Bytes(vec![1, 2, 3]),
        Message::Point(Point { x: 1.0, y: -0.0 }),
        Message::Kind(UnitKind::B),
        Message::Bits(Bits::ONE | Bits::TWO),
        Message::Pair((7, "s".into())),
        Message::Maybe(None),
        Message::Outcome(Err("e".into())),
        Message::Nested(vec![vec![Point { x: 0.0, y: 0.0 }], vec![]]),
    ] {
        static_equals_dynamic(&m, &param_ty(p, "send", 0));
    }
}
