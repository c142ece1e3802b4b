//! The dynamic `Val` codec against neopack's typed encoder: for arbitrary (type, value) pairs the
//! dynamic bytes equal the typed bytes (canonical encoding), they validate against the type, and
//! they decode back to the same `Val`; mismatches and hostile bytes are errors, never panics.

use neopack::schema::{Case, Field, Function, Type};
use neopack::{DecodeErrorKind, Decoder, Encoder, Limits};
use neorun::dynamic::{
    DynError, decode_args, decode_results, decode_val, encode_args, encode_result, encode_val,
};
use proptest::prelude::*;
use wasmtime::component::Val;

/// A value described by indices (case number, flag bits), independent of `Val`'s names: the
/// generator's own model, from which both the `Val` and the typed reference bytes are derived.
#[derive(Clone, Debug)]
enum Model {
    Bool(bool),
    U8(u8),
    U16(u16),
    U32(u32),
    U64(u64),
    S8(i8),
    S16(i16),
    S32(i32),
    S64(i64),
    F32(f32),
    F64(f64),
    Char(char),
    Str(String),
    /// A list, record or tuple: the elements in order.
    Seq(Vec<Model>),
    /// A variant or enum case, or a result arm (0 = ok, 1 = err), with its payload.
    Case(u32, Option<Box<Model>>),
    Opt(Option<Box<Model>>),
    Flags(u64),
}

fn names(prefix: &'static str, n: usize) -> Vec<String> {
    (0..n).map(|i| format!("{prefix}-{i}")).collect()
}

fn arb_type() -> impl Strategy<Value = Type> {
    let leaf = prop_oneof![
        Just(Type::Bool),
        Just(Type::U8),
        Just(Type::U16),
        Just(Type::U32),
        Just(Type::U64),
        Just(Type::S8),
        Just(Type::S16),
        Just(Type::S32),
        Just(Type::S64),
        Just(Type::F32),
        Just(Type::F64),
        Just(Type::Char),
        Just(Type::String),
        (1..5usize).prop_map(|n| Type::Enum(names("e", n))),
        (0..40usize).prop_map(|n| Type::Flags(names("f", n))),
    ];
    leaf.prop_recursive(4, 32, 4, |inner| {
        prop_oneof![
            inner.clone().prop_map(Type::list),
            inner.clone().prop_map(Type::option),
            prop::collection::vec(inner.clone(), 0..4).prop_map(|ts| {
                Type::Record(
                    ts.into_iter().zip(names("k", 4)).map(|(t, n)| Field::new(n, t)).collect(),
                )
            }),
            prop::collection::vec(inner.clone(), 1..4).prop_map(Type::Tuple),
            prop::collection::vec(prop::option::of(inner.clone()), 1..4).prop_map(|cs| {
                Type::Variant(
                    cs.into_iter().zip(names("c", 4)).map(|(t, n)| Case::new(n, t)).collect(),
                )
            }),
            (prop::option::of(inner.clone()), prop::option::of(inner))
                .prop_map(|(ok, err)| Type::result(ok, err)),
        ]
    })
}

fn arb_f32() -> impl Strategy<Value = f32> {
    prop_oneof![
        any::<f32>(),
        Just(f32::NAN),
        Just(-0.0),
        (0x7f80_0001u32..0x8000_0000).prop_map(f32::from_bits)
    ]
}

fn arb_f64() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<f64>(),
        Just(f64::NAN),
        Just(-0.0),
        Just(f64::from_bits(0xfff0_0000_0000_0001))
    ]
}

fn arb_payload(ty: Option<&Type>) -> BoxedStrategy<Option<Box<Model>>> {
    match ty {
        Some(t) => arb_model(t).prop_map(|m| Some(Box::new(m))).boxed(),
        None => Just(None).boxed(),
    }
}

fn arb_model(ty: &Type) -> BoxedStrategy<Model> {
    match ty {
        Type::Bool => any::<bool>().prop_map(Model::Bool).boxed(),
        Type::U8 => any::<u8>().prop_map(Model::U8).boxed(),
        Type::U16 => any::<u16>().prop_map(Model::U16).boxed(),
        Type::U32 => any::<u32>().prop_map(Model::U32).boxed(),
        Type::U64 => any::<u64>().prop_map(Model::U64).boxed(),
        Type::S8 => any::<i8>().prop_map(Model::S8).boxed(),
        Type::S16 => any::<i16>().prop_map(Model::S16).boxed(),
        Type::S32 => any::<i32>().prop_map(Model::S32).boxed(),
        Type::S64 => any::<i64>().prop_map(Model::S64).boxed(),
        Type::F32 => arb_f32().prop_map(Model::F32).boxed(),
        Type::F64 => arb_f64().prop_map(Model::F64).boxed(),
        Type::Char => any::<char>().prop_map(Model::Char).boxed(),
        Type::String => "\\PC{0,12}".prop_map(Model::Str).boxed(),
        Type::List(elem) => {
            prop::collection::vec(arb_model(elem), 0..6).prop_map(Model::Seq).boxed()
        }
        Type::Record(fields) => {
            fields.iter().map(|f| arb_model(&f.ty)).collect::<Vec<_>>().prop_map(Model::Seq).boxed()
        }
        Type::Tuple(types) => {
            types.iter().map(arb_model).collect::<Vec<_>>().prop_map(Model::Seq).boxed()
        }
        Type::Variant(cases) => {
            let arms: Vec<BoxedStrategy<Model>> = cases
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    arb_payload(c.ty.as_ref()).prop_map(move |p| Model::Case(i as u32, p)).boxed()
                })
                .collect();
            prop::strategy::Union::new(arms).boxed()
        }
        Type::Enum(names) => (0..names.len() as u32).prop_map(|i| Model::Case(i, None)).boxed(),
        Type::Option(inner) => {
            prop::option::of(arb_model(inner)).prop_map(|o| Model::Opt(o.map(Box::new))).boxed()
        }
        Type::Result { ok, err } => prop_oneof![
            arb_payload(ok.as_deref()).prop_map(|p| Model::Case(0, p)),
            arb_payload(err.as_deref()).prop_map(|p| Model::Case(1, p)),
        ]
        .boxed(),
        Type::Flags(names) => {
            let mask = if names.len() >= 64 { u64::MAX } else { (1u64 << names.len()) - 1 };
            any::<u64>().prop_map(move |b| Model::Flags(b & mask)).boxed()
        }
        other => panic!("generator does not produce {other}"),
    }
}

fn arb_pair() -> impl Strategy<Value = (Type, Model)> {
    arb_type().prop_flat_map(|t| {
        let m = arb_model(&t);
        (Just(t), m)
    })
}

/// The `Val` wasmtime would hand a host function for `m` of type `ty`.
fn to_val(ty: &Type, m: &Model) -> Val {
    let payload = |t: Option<&Type>, p: &Option<Box<Model>>| match (t, p) {
        (Some(t), Some(p)) => Some(Box::new(to_val(t, p))),
        _ => None,
    };
    match (ty, m) {
        (_, Model::Bool(x)) => Val::Bool(*x),
        (_, Model::U8(x)) => Val::U8(*x),
        (_, Model::U16(x)) => Val::U16(*x),
        (_, Model::U32(x)) => Val::U32(*x),
        (_, Model::U64(x)) => Val::U64(*x),
        (_, Model::S8(x)) => Val::S8(*x),
        (_, Model::S16(x)) => Val::S16(*x),
        (_, Model::S32(x)) => Val::S32(*x),
        (_, Model::S64(x)) => Val::S64(*x),
        (_, Model::F32(x)) => Val::Float32(*x),
        (_, Model::F64(x)) => Val::Float64(*x),
        (_, Model::Char(x)) => Val::Char(*x),
        (_, Model::Str(x)) => Val::String(x.clone()),
        (Type::List(elem), Model::Seq(xs)) => {
            Val::List(xs.iter().map(|x| to_val(elem, x)).collect())
        }
        (Type::Record(fields), Model::Seq(xs)) => Val::Record(
            fields.iter().zip(xs).map(|(f, x)| (f.name.clone(), to_val(&f.ty, x))).collect(),
        ),
        (Type::Tuple(types), Model::Seq(xs)) => {
            Val::Tuple(types.iter().zip(xs).map(|(t, x)| to_val(t, x)).collect())
        }
        (Type::Variant(cases), Model::Case(i, p)) => {
            let c = &cases[*i as usize];
            Val::Variant(c.name.clone(), payload(c.ty.as_ref(), p))
        }
        (Type::Enum(names), Model::Case(i, _)) => Val::Enum(names[*i as usize].clone()),
        (Type::Option(inner), Model::Opt(o)) => {
            Val::Option(o.as_ref().map(|x| Box::new(to_val(inner, x))))
        }
        (Type::Result { ok, err: _ }, Model::Case(0, p)) => {
            Val::Result(Ok(payload(ok.as_deref(), p)))
        }
        (Type::Result { ok: _, err }, Model::Case(_, p)) => {
            Val::Result(Err(payload(err.as_deref(), p)))
        }
        (Type::Flags(names), Model::Flags(bits)) => Val::Flags(
            names
                .iter()
                .enumerate()
                .filter(|(i, _)| bits >> i & 1 == 1)
                .map(|(_, n)| n.clone())
                .collect(),
        ),
        (t, m) => panic!("model {m:?} does not fit {t}"),
    }
}

/// The reference bytes: neopack's typed encoder calls, driven by indices, with typed slices for
/// packed arrays.
fn reference(enc: &mut Encoder, ty: &Type, m: &Model) {
    fn packed<T: neopack::Packable>(enc: &mut Encoder, xs: &[Model], get: impl Fn(&Model) -> T) {
        let v: Vec<T> = xs.iter().map(get).collect();
        enc.packed(&v).unwrap();
    }
    macro_rules! get {
        ($v:ident) => {
            |m: &Model| match m {
                Model::$v(x) => *x,
                other => panic!("{other:?}"),
            }
        };
    }
    let payload = |enc: &mut Encoder, t: Option<&Type>, p: &Option<Box<Model>>| match (t, p) {
        (Some(t), Some(p)) => reference(enc, t, p),
        _ => enc.unit().unwrap(),
    };
    match (ty, m) {
        (_, Model::Bool(x)) => enc.bool(*x).unwrap(),
        (_, Model::U8(x)) => enc.u8(*x).unwrap(),
        (_, Model::U16(x)) => enc.u16(*x).unwrap(),
        (_, Model::U32(x)) => enc.u32(*x).unwrap(),
        (_, Model::U64(x)) => enc.u64(*x).unwrap(),
        (_, Model::S8(x)) => enc.s8(*x).unwrap(),
        (_, Model::S16(x)) => enc.s16(*x).unwrap(),
        (_, Model::S32(x)) => enc.s32(*x).unwrap(),
        (_, Model::S64(x)) => enc.s64(*x).unwrap(),
        (_, Model::F32(x)) => enc.f32(*x).unwrap(),
        (_, Model::F64(x)) => enc.f64(*x).unwrap(),
        (_, Model::Char(x)) => enc.char(*x).unwrap(),
        (_, Model::Str(x)) => enc.str(x).unwrap(),
        (Type::List(elem), Model::Seq(xs)) => match **elem {
            Type::U8 => packed(enc, xs, get!(U8)),
            Type::U16 => packed(enc, xs, get!(U16)),
            Type::U32 => packed(enc, xs, get!(U32)),
            Type::U64 => packed(enc, xs, get!(U64)),
            Type::S8 => packed(enc, xs, get!(S8)),
            Type::S16 => packed(enc, xs, get!(S16)),
            Type::S32 => packed(enc, xs, get!(S32)),
            Type::S64 => packed(enc, xs, get!(S64)),
            Type::F32 => packed(enc, xs, get!(F32)),
            Type::F64 => packed(enc, xs, get!(F64)),
            Type::Char => packed(enc, xs, get!(Char)),
            _ => {
                enc.begin_list(xs.len() as u32).unwrap();
                xs.iter().for_each(|x| reference(enc, elem, x));
                enc.end_list().unwrap();
            }
        },
        (Type::Record(fields), Model::Seq(xs)) => {
            enc.begin_record(xs.len() as u32).unwrap();
            fields.iter().zip(xs).for_each(|(f, x)| reference(enc, &f.ty, x));
            enc.end_record().unwrap();
        }
        (Type::Tuple(types), Model::Seq(xs)) => {
            enc.begin_record(xs.len() as u32).unwrap();
            types.iter().zip(xs).for_each(|(t, x)| reference(enc, t, x));
            enc.end_record().unwrap();
        }
        (Type::Variant(cases), Model::Case(i, p)) => {
            enc.variant(*i).unwrap();
            payload(enc, cases[*i as usize].ty.as_ref(), p);
        }
        (Type::Enum(_), Model::Case(i, _)) => {
            enc.variant(*i).unwrap();
            enc.unit().unwrap();
        }
        (Type::Option(inner), Model::Opt(o)) => match o {
            None => enc.none().unwrap(),
            Some(x) => {
                enc.some().unwrap();
                reference(enc, inner, x);
            }
        },
        (Type::Result { ok, err }, Model::Case(arm, p)) => {
            if *arm == 0 {
                enc.ok().unwrap();
                payload(enc, ok.as_deref(), p);
            } else {
                enc.err().unwrap();
                payload(enc, err.as_deref(), p);
            }
        }
        (Type::Flags(names), Model::Flags(bits)) => enc.flags(names.len() as u32, *bits).unwrap(),
        (t, m) => panic!("model {m:?} does not fit {t}"),
    }
}

fn dynamic_bytes(ty: &Type, v: &Val) -> Result<Vec<u8>, DynError> {
    let mut enc = Encoder::new();
    encode_val(&mut enc, ty, v)?;
    Ok(enc.finish()?.to_vec())
}

fn decode_one(bytes: &[u8], ty: &Type) -> Result<Val, DynError> {
    let mut dec = Decoder::new(bytes, Limits::default())?;
    let v = decode_val(&mut dec, ty)?;
    dec.finish()?;
    Ok(v)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn dynamic_bytes_equal_typed_bytes_and_round_trip((ty, model) in arb_pair()) {
        let val = to_val(&ty, &model);
        let dynamic = dynamic_bytes(&ty, &val).expect("a well-typed value encodes");
        let mut enc = Encoder::new();
        reference(&mut enc, &ty, &model);
        prop_assert_eq!(&dynamic, &enc.finish().unwrap().to_vec(), "type {}", ty);
        neopack::validate(&dynamic, &ty, Limits::default()).expect("valid for its type");
        // `Val`'s equality treats every NaN as equal to every NaN, which is what canonical
        // NaN encoding preserves.
        prop_assert_eq!(decode_one(&dynamic, &ty).expect("decodes"), val);
    }

    #[test]
    fn args_and_results_round_trip((ty, model) in arb_pair(), (ty2, model2) in arb_pair()) {
        let func = Function::new("f", [("a", ty.clone()), ("b", ty2.clone())], Some(ty.clone()));
        let args = vec![to_val(&ty, &model), to_val(&ty2, &model2)];
        let mut enc = Encoder::new();
        encode_args(&mut enc, &func, &args).unwrap();
        let bytes = enc.finish().unwrap().to_vec();
        neopack::validate(&bytes, &func.params_type(), Limits::default()).expect("params record");
        prop_assert_eq!(decode_args(&bytes, &func).unwrap(), args.clone());

        let mut enc = Encoder::new();
        encode_result(&mut enc, &func, &args[..1]).unwrap();
        let bytes = enc.finish().unwrap().to_vec();
        let mut out = vec![Val::Bool(false)];
        decode_results(&bytes, &func, &mut out).unwrap();
        prop_assert_eq!(&out[0], &args[0]);
    }

    #[test]
    fn decoding_arbitrary_bytes_never_panics(ty in arb_type(), bytes in prop::collection::vec(any::<u8>(), 0..64)) {
        let _ = decode_one(&bytes, &ty);
    }

    #[test]
    fn decoding_a_value_against_another_type_errs_or_yields_that_type(
        (ty, model) in arb_pair(), other in arb_type()
    ) {
        let bytes = dynamic_bytes(&ty, &to_val(&ty, &model)).unwrap();
        if let Ok(v) = decode_one(&bytes, &other) {
            // Whatever decoded must itself be a valid value of `other`.
            let again = dynamic_bytes(&other, &v).expect("decoded value fits its type");
            prop_assert_eq!(again, bytes);
        }
    }
}

fn entry() -> Type {
    Type::record([("key", Type::String), ("value", Type::list(Type::U8)), ("version", Type::U64)])
}

fn entry_val() -> Val {
    Val::Record(vec![
        ("key".into(), Val::String("k".into())),
        ("value".into(), Val::List(vec![Val::U8(1), Val::U8(2)])),
        ("version".into(), Val::U64(7)),
    ])
}

#[test]
fn list_u8_is_one_packed_array_golden_bytes() {
    let bytes =
        dynamic_bytes(&Type::list(Type::U8), &Val::List(vec![Val::U8(0xAB), Val::U8(0xCD)]))
            .unwrap();
    assert_eq!(bytes, [0x11, 0x04, 2, 0, 0, 0, 0xAB, 0xCD]);
}

#[test]
fn nan_is_written_canonically() {
    let bytes = dynamic_bytes(&Type::F32, &Val::Float32(f32::from_bits(0xffc0_1234))).unwrap();
    assert_eq!(bytes, [0x0C, 0x00, 0x00, 0xC0, 0x7F]);
    let list = Val::List(vec![Val::Float64(f64::from_bits(0x7ff0_0000_0000_0001))]);
    let bytes = dynamic_bytes(&Type::list(Type::F64), &list).unwrap();
    assert_eq!(&bytes[6..], 0x7ff8_0000_0000_0000u64.to_le_bytes());
}

#[test]
fn mismatched_values_are_errors_naming_what_differs() {
    let err = dynamic_bytes(&Type::U64, &Val::U32(1)).unwrap_err();
    assert_eq!(err.to_string(), "value does not match type: expected `u64`, found u32");

    let list = Val::List(vec![Val::U8(1), Val::U16(2)]);
    let err = dynamic_bytes(&Type::list(Type::U8), &list).unwrap_err();
    assert_eq!(err.to_string(), "value does not match type: expected `u8`, found u16");

    let mut wrong_field = entry_val();
    let Val::Record(fields) = &mut wrong_field else { unreachable!() };
    fields[1].0 = "valu".into();
    let err = dynamic_bytes(&entry(), &wrong_field).unwrap_err();
    assert_eq!(err, DynError::FieldName { expected: "value".into(), found: "valu".into() });

    let color = Type::enumeration(["red", "green"]);
    let err = dynamic_bytes(&color, &Val::Enum("blue".into())).unwrap_err();
    assert_eq!(err.to_string(), "unknown enum case `blue` in `enum{red, green}`");

    let perms = Type::flags(["read", "write"]);
    let err = dynamic_bytes(&perms, &Val::Flags(vec!["exec".into()])).unwrap_err();
    assert!(matches!(err, DynError::UnknownName { what: "flag", .. }), "{err}");

    let v = Type::Variant(vec![Case::new("none", None), Case::new("some", Some(Type::U8))]);
    let err =
        dynamic_bytes(&v, &Val::Variant("none".into(), Some(Box::new(Val::U8(1))))).unwrap_err();
    assert_eq!(err.to_string(), "case `none`: unexpected payload");
    let err = dynamic_bytes(&v, &Val::Variant("some".into(), None)).unwrap_err();
    assert_eq!(err.to_string(), "case `some`: payload missing");

    let func = Function::new("f", [("a", Type::U8)], None);
    let mut enc = Encoder::new();
    let err = encode_args(&mut enc, &func, &[]).unwrap_err();
    assert_eq!(err, DynError::Arity { expected: 1, found: 0 });
    let err = encode_result(&mut Encoder::new(), &func, &[Val::U8(1)]).unwrap_err();
    assert_eq!(err, DynError::Arity { expected: 0, found: 1 });
}

#[test]
fn enum_and_flags_names_map_to_positions() {
    let color = Type::enumeration(["red", "green", "blue-ish"]);
    assert_eq!(
        dynamic_bytes(&color, &Val::Enum("blue-ish".into())).unwrap(),
        [0x14, 2, 0, 0, 0, 0x01]
    );
    let perms = Type::flags(["read", "write", "exec-all"]);
    let set = Val::Flags(vec!["exec-all".into(), "read".into()]);
    assert_eq!(dynamic_bytes(&perms, &set).unwrap(), [0x19, 3, 0, 0, 0, 0b101]);
    // Decoding yields the names in declared order.
    let back = decode_one(&[0x19, 3, 0, 0, 0, 0b101], &perms).unwrap();
    assert_eq!(back, Val::Flags(vec!["read".into(), "exec-all".into()]));
}

#[test]
fn hostile_bytes_are_errors_with_offsets() {
    // A u64 where the record's `version: u64` is expected to be... a u32.
    let mut enc = Encoder::new();
    enc.begin_record(3).unwrap();
    enc.str("k").unwrap();
    enc.bytes(&[1]).unwrap();
    enc.u32(7).unwrap();
    enc.end_record().unwrap();
    let bytes = enc.finish().unwrap().to_vec();
    let err = decode_one(&bytes, &entry()).unwrap_err();
    let DynError::Decode(e) = err else { panic!("{err}") };
    assert_eq!(e.kind, DecodeErrorKind::UnexpectedTag { expected: 0x07, found: 0x06 });
    assert_eq!(e.offset, bytes.len() - 5, "offset of the u32's tag");

    // Case index beyond the variant's cases.
    let v = Type::Variant(vec![Case::new("a", None), Case::new("b", None)]);
    let err = decode_one(&[0x14, 5, 0, 0, 0, 0x01], &v).unwrap_err();
    let DynError::Decode(e) = err else { panic!("{err}") };
    assert_eq!((e.kind, e.offset), (DecodeErrorKind::CaseOutOfRange { case: 5, cases: 2 }, 0));
    let err = decode_one(&[0x14, 3, 0, 0, 0, 0x01], &Type::enumeration(["x"])).unwrap_err();
    assert!(
        matches!(err, DynError::Decode(e) if matches!(e.kind, DecodeErrorKind::CaseOutOfRange { case: 3, cases: 1 }))
    );

    // A record with one field too few, and flags of another width.
    let err = decode_one(&[0x13, 4, 0, 0, 0, 0, 0, 0, 0], &entry()).unwrap_err();
    assert!(
        matches!(err, DynError::Decode(e) if e.kind == DecodeErrorKind::WrongCount { expected: 3, found: 0 } && e.offset == 0),
        "{err}"
    );
    let err = decode_one(&[0x19, 2, 0, 0, 0, 0b01], &Type::flags(["a", "b", "c"])).unwrap_err();
    assert!(
        matches!(err, DynError::Decode(e) if e.kind == DecodeErrorKind::WrongCount { expected: 3, found: 2 }),
        "{err}"
    );

    // Trailing bytes after a complete result, and a unit where a result was expected.
    let func = Function::new("f", [("a", Type::U8)], Some(Type::U8));
    let mut out = vec![Val::Bool(false)];
    let err = decode_results(&[0x04, 1, 0x01], &func, &mut out).unwrap_err();
    assert!(
        matches!(err, DynError::Decode(e) if e.kind == DecodeErrorKind::TrailingBytes && e.offset == 2),
        "{err}"
    );
    assert!(decode_results(&[0x01], &func, &mut out).is_err());
    let unit = Function::new::<&str>("g", [], None);
    decode_results(&[0x01], &unit, &mut []).expect("unit result");
    assert!(decode_args(&[0x13, 8, 0, 0, 0, 1, 0, 0, 0, 0x04, 9], &unit).is_err());
}

#[test]
fn packed_list_decodes_to_vals_of_its_element_type() {
    let ty = Type::list(Type::S16);
    let mut enc = Encoder::new();
    enc.packed(&[-1i16, 300]).unwrap();
    let bytes = enc.finish().unwrap().to_vec();
    assert_eq!(decode_one(&bytes, &ty).unwrap(), Val::List(vec![Val::S16(-1), Val::S16(300)]));
    // The same bytes are not a list<u16>: the element tag is checked.
    assert!(decode_one(&bytes, &Type::list(Type::U16)).is_err());
}
