//! Property tests: typed round trips, canonical re-encoding of every accepted input, validation
//! against the right and wrong types, and arbitrary encoder call sequences.

use neopack::schema::{Case, Type};
use neopack::{
    Decoder, EncodeError, Encoder, Limits, ValueRef, decode, encode_value, tag, validate,
};
use proptest::prelude::*;

// ----- (Type, value) pairs --------------------------------------------------------------------

/// An owned value of some `Type`; floats as canonical bits so equality is exact.
#[derive(Clone, Debug, PartialEq)]
enum Val {
    Bool(bool),
    Int(Type, u64),
    F32(u32),
    F64(u64),
    Char(char),
    Str(String),
    Seq(Vec<Val>),
    Case(u32, Option<Box<Val>>),
    Opt(Option<Box<Val>>),
    Res(bool, Option<Box<Val>>),
    Flags(u32, u64),
}

fn name() -> impl Strategy<Value = String> {
    "[a-z]{1,4}"
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
        prop::collection::vec(name(), 1..4).prop_map(Type::Enum),
        prop::collection::vec(name(), 0..40).prop_map(Type::Flags),
    ];
    leaf.prop_recursive(4, 24, 4, |inner| {
        prop_oneof![
            inner.clone().prop_map(Type::list),
            prop::collection::vec((name(), inner.clone()), 0..4).prop_map(Type::record),
            prop::collection::vec(inner.clone(), 1..4).prop_map(Type::Tuple),
            prop::collection::vec((name(), prop::option::of(inner.clone())), 1..4).prop_map(|cs| {
                Type::Variant(cs.into_iter().map(|(n, t)| Case::new(n, t)).collect())
            }),
            inner.clone().prop_map(Type::option),
            (prop::option::of(inner.clone()), prop::option::of(inner))
                .prop_map(|(o, e)| Type::result(o, e)),
        ]
    })
}

fn boxed(v: Option<Val>) -> Option<Box<Val>> {
    v.map(Box::new)
}

fn arb_value(ty: &Type) -> BoxedStrategy<Val> {
    let int =
        |t: Type, mask: u64| any::<u64>().prop_map(move |v| Val::Int(t.clone(), v & mask)).boxed();
    match ty {
        Type::Bool => any::<bool>().prop_map(Val::Bool).boxed(),
        Type::U8 | Type::S8 => int(ty.clone(), 0xff),
        Type::U16 | Type::S16 => int(ty.clone(), 0xffff),
        Type::U32 | Type::S32 => int(ty.clone(), 0xffff_ffff),
        Type::U64 | Type::S64 => int(ty.clone(), u64::MAX),
        Type::F32 => any::<f32>()
            .prop_map(|f| Val::F32(if f.is_nan() { 0x7fc0_0000 } else { f.to_bits() }))
            .boxed(),
        Type::F64 => any::<f64>()
            .prop_map(|f| Val::F64(if f.is_nan() { 0x7ff8_0000_0000_0000 } else { f.to_bits() }))
            .boxed(),
        Type::Char => any::<char>().prop_map(Val::Char).boxed(),
        Type::String => any::<String>().prop_map(Val::Str).boxed(),
        Type::List(e) => prop::collection::vec(arb_value(e), 0..5).prop_map(Val::Seq).boxed(),
        Type::Record(fs) => {
            fs.iter().map(|f| arb_value(&f.ty)).collect::<Vec<_>>().prop_map(Val::Seq).boxed()
        }
        Type::Tuple(ts) => ts.iter().map(arb_value).collect::<Vec<_>>().prop_map(Val::Seq).boxed(),
        Type::Variant(cs) => {
            let arms: Vec<_> = cs
                .iter()
                .enumerate()
                .map(|(i, c)| match &c.ty {
                    Some(t) => arb_value(t)
                        .prop_map(move |v| Val::Case(i as u32, Some(Box::new(v))))
                        .boxed(),
                    None => Just(Val::Case(i as u32, None)).boxed(),
                })
                .collect();
            prop::strategy::Union::new(arms).boxed()
        }
        Type::Enum(ns) => (0..ns.len() as u32).prop_map(|i| Val::Case(i, None)).boxed(),
        Type::Option(t) => prop::option::of(arb_value(t)).prop_map(|v| Val::Opt(boxed(v))).boxed(),
        Type::Result { ok, err } => {
            let arm = |t: &Option<Box<Type>>, is_ok: bool| match t {
                Some(t) => {
                    arb_value(t).prop_map(move |v| Val::Res(is_ok, Some(Box::new(v)))).boxed()
                }
                None => Just(Val::Res(is_ok, None)).boxed(),
            };
            prop_oneof![arm(ok, true), arm(err, false)].boxed()
        }
        Type::Flags(ns) => {
            let n = ns.len() as u32;
            any::<u64>()
                .prop_map(move |b| Val::Flags(n, if n == 64 { b } else { b & ((1 << n) - 1) }))
                .boxed()
        }
        _ => unreachable!("no other types are generated"),
    }
}

fn arb_typed() -> impl Strategy<Value = (Type, Val)> {
    arb_type().prop_flat_map(|t| {
        let v = arb_value(&t);
        (Just(t), v)
    })
}

/// The typed encoder for `val: ty`, as generated code would write it.
fn encode_typed(ty: &Type, val: &Val, e: &mut Encoder) -> Result<(), EncodeError> {
    match (ty, val) {
        (Type::Bool, Val::Bool(b)) => e.bool(*b),
        (Type::U8, Val::Int(_, v)) => e.u8(*v as u8),
        (Type::U16, Val::Int(_, v)) => e.u16(*v as u16),
        (Type::U32, Val::Int(_, v)) => e.u32(*v as u32),
        (Type::U64, Val::Int(_, v)) => e.u64(*v),
        (Type::S8, Val::Int(_, v)) => e.s8(*v as i8),
        (Type::S16, Val::Int(_, v)) => e.s16(*v as i16),
        (Type::S32, Val::Int(_, v)) => e.s32(*v as i32),
        (Type::S64, Val::Int(_, v)) => e.s64(*v as i64),
        (Type::F32, Val::F32(b)) => e.f32(f32::from_bits(*b)),
        (Type::F64, Val::F64(b)) => e.f64(f64::from_bits(*b)),
        (Type::Char, Val::Char(c)) => e.char(*c),
        (Type::String, Val::Str(s)) => e.str(s),
        (Type::List(t), Val::Seq(xs)) if **t == Type::U8 => e.bytes(
            &xs.iter()
                .map(|x| if let Val::Int(_, v) = x { *v as u8 } else { 0 })
                .collect::<Vec<_>>(),
        ),
        (Type::List(t), Val::Seq(xs)) if xs.is_empty() && t.scalar_tag().is_some() => {
            e.packed_raw(t.scalar_tag().unwrap(), 0, &[])
        }
        (Type::List(t), Val::Seq(xs)) => {
            e.begin_list(xs.len() as u32)?;
            for x in xs {
                encode_typed(t, x, e)?;
            }
            e.end_list()
        }
        (Type::Record(_) | Type::Tuple(_), Val::Seq(xs)) => {
            let types: Vec<&Type> = match ty {
                Type::Record(fs) => fs.iter().map(|f| &f.ty).collect(),
                Type::Tuple(ts) => ts.iter().collect(),
                _ => unreachable!(),
            };
            e.begin_record(xs.len() as u32)?;
            for (t, x) in types.into_iter().zip(xs) {
                encode_typed(t, x, e)?;
            }
            e.end_record()
        }
        (Type::Variant(cs), Val::Case(i, p)) => {
            e.variant(*i)?;
            match (&cs[*i as usize].ty, p) {
                (Some(t), Some(p)) => encode_typed(t, p, e),
                _ => e.unit(),
            }
        }
        (Type::Enum(_), Val::Case(i, _)) => {
            e.variant(*i)?;
            e.unit()
        }
        (Type::Option(_), Val::Opt(None)) => e.none(),
        (Type::Option(t), Val::Opt(Some(v))) => {
            e.some()?;
            encode_typed(t, v, e)
        }
        (Type::Result { ok, err }, Val::Res(is_ok, v)) => {
            let arm = if *is_ok {
                e.ok()?;
                ok
            } else {
                e.err()?;
                err
            };
            match (arm, v) {
                (Some(t), Some(v)) => encode_typed(t, v, e),
                _ => e.unit(),
            }
        }
        (Type::Flags(_), Val::Flags(n, b)) => e.flags(*n, *b),
        _ => unreachable!("value does not match type"),
    }
}

/// The typed decoder for `ty`.
fn decode_typed(ty: &Type, d: &mut Decoder<'_>) -> Result<Val, neopack::DecodeError> {
    let int = |t: &Type, v: u64| Val::Int(t.clone(), v);
    Ok(match ty {
        Type::Bool => Val::Bool(d.bool()?),
        Type::U8 => int(ty, d.u8()?.into()),
        Type::U16 => int(ty, d.u16()?.into()),
        Type::U32 => int(ty, d.u32()?.into()),
        Type::U64 => int(ty, d.u64()?),
        Type::S8 => int(ty, d.s8()? as u8 as u64),
        Type::S16 => int(ty, d.s16()? as u16 as u64),
        Type::S32 => int(ty, d.s32()? as u32 as u64),
        Type::S64 => int(ty, d.s64()? as u64),
        Type::F32 => Val::F32(d.f32()?.to_bits()),
        Type::F64 => Val::F64(d.f64()?.to_bits()),
        Type::Char => Val::Char(d.char()?),
        Type::String => Val::Str(d.str()?.to_owned()),
        Type::List(t) if t.scalar_tag().is_some() => {
            let p = d.packed(t.scalar_tag().unwrap())?;
            let t: &Type = t;
            let i = |x: u64| Val::Int(t.clone(), x);
            Val::Seq(match t {
                Type::U8 => p.iter::<u8>().map(|x| i(x.into())).collect(),
                Type::U16 => p.iter::<u16>().map(|x| i(x.into())).collect(),
                Type::U32 => p.iter::<u32>().map(|x| i(x.into())).collect(),
                Type::U64 => p.iter::<u64>().map(i).collect(),
                Type::S8 => p.iter::<i8>().map(|x| i(x as u8 as u64)).collect(),
                Type::S16 => p.iter::<i16>().map(|x| i(x as u16 as u64)).collect(),
                Type::S32 => p.iter::<i32>().map(|x| i(x as u32 as u64)).collect(),
                Type::S64 => p.iter::<i64>().map(|x| i(x as u64)).collect(),
                Type::F32 => p.iter::<f32>().map(|x| Val::F32(x.to_bits())).collect(),
                Type::F64 => p.iter::<f64>().map(|x| Val::F64(x.to_bits())).collect(),
                _ => p.iter::<char>().map(Val::Char).collect(),
            })
        }
        Type::List(t) => {
            let n = d.begin_list()?;
            let xs = (0..n).map(|_| decode_typed(t, d)).collect::<Result<_, _>>()?;
            d.end()?;
            Val::Seq(xs)
        }
        Type::Record(fs) => {
            d.begin_record()?;
            let xs = fs.iter().map(|f| decode_typed(&f.ty, d)).collect::<Result<_, _>>()?;
            d.end()?;
            Val::Seq(xs)
        }
        Type::Tuple(ts) => {
            d.begin_record()?;
            let xs = ts.iter().map(|t| decode_typed(t, d)).collect::<Result<_, _>>()?;
            d.end()?;
            Val::Seq(xs)
        }
        Type::Variant(cs) => {
            let i = d.variant()?;
            match &cs[i as usize].ty {
                Some(t) => Val::Case(i, Some(Box::new(decode_typed(t, d)?))),
                None => {
                    d.unit()?;
                    Val::Case(i, None)
                }
            }
        }
        Type::Enum(_) => {
            let i = d.variant()?;
            d.unit()?;
            Val::Case(i, None)
        }
        Type::Option(t) => {
            Val::Opt(if d.option()? { Some(Box::new(decode_typed(t, d)?)) } else { None })
        }
        Type::Result { ok, err } => {
            let is_ok = d.result()?;
            match if is_ok { ok } else { err } {
                Some(t) => Val::Res(is_ok, Some(Box::new(decode_typed(t, d)?))),
                None => {
                    d.unit()?;
                    Val::Res(is_ok, None)
                }
            }
        }
        Type::Flags(_) => {
            let (n, b) = d.flags()?;
            Val::Flags(n, b)
        }
        _ => unreachable!(),
    })
}

/// Every tag a value of `ty` can start with.
fn first_tags(ty: &Type) -> Vec<u8> {
    match ty {
        Type::Bool => vec![tag::FALSE, tag::TRUE],
        Type::String => vec![tag::STRING],
        Type::List(e) if e.scalar_tag().is_some() => vec![tag::PACKED],
        Type::List(_) => vec![tag::LIST],
        Type::Record(_) | Type::Tuple(_) => vec![tag::RECORD],
        Type::Variant(_) | Type::Enum(_) => vec![tag::VARIANT],
        Type::Option(_) => vec![tag::NONE, tag::SOME],
        Type::Result { .. } => vec![tag::OK, tag::ERR],
        Type::Flags(_) => vec![tag::FLAGS],
        t => vec![t.scalar_tag().unwrap()],
    }
}

fn encoded(ty: &Type, val: &Val) -> Vec<u8> {
    let mut e = Encoder::new();
    encode_typed(ty, val, &mut e).unwrap();
    e.finish().unwrap().to_vec()
}

fn reencode(v: &ValueRef<'_>) -> Vec<u8> {
    let mut e = Encoder::new();
    encode_value(v, &mut e).unwrap();
    e.finish().unwrap().to_vec()
}

fn unlimited() -> Limits {
    Limits::unlimited()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn typed_values_round_trip_through_every_reader((ty, val) in arb_typed()) {
        let bytes = encoded(&ty, &val);
        prop_assert_eq!(validate(&bytes, &ty, unlimited()), Ok(()));
        let mut d = Decoder::new(&bytes, unlimited()).unwrap();
        prop_assert_eq!(&decode_typed(&ty, &mut d).unwrap(), &val);
        d.finish().unwrap();
        let v = decode(&bytes, unlimited()).unwrap();
        prop_assert_eq!(reencode(&v), bytes);
    }

    #[test]
    fn validate_rejects_a_type_with_other_first_tags((ty, val) in arb_typed(), other in arb_type()) {
        let bytes = encoded(&ty, &val);
        let theirs = first_tags(&other);
        prop_assume!(first_tags(&ty).iter().all(|t| !theirs.contains(t)));
        let err = validate(&bytes, &other, unlimited()).unwrap_err();
        prop_assert_eq!(err.offset, 0);
    }

    #[test]
    fn validate_rejects_a_record_with_one_field_more((ty, val) in arb_typed()) {
        let bytes = encoded(&ty, &val);
        let wrapped = {
            let mut e = Encoder::new();
            e.begin_record(1).unwrap();
            encode_typed(&ty, &val, &mut e).unwrap();
            e.end_record().unwrap();
            e.finish().unwrap().to_vec()
        };
        let longer = Type::record([("a", ty.clone()), ("b", Type::Bool)]);
        prop_assert!(validate(&wrapped, &longer, unlimited()).is_err());
        prop_assert!(validate(&wrapped, &Type::record([("a", ty)]), unlimited()).is_ok());
        prop_assert!(bytes.len() + 9 == wrapped.len());
    }

    #[test]
    fn mutated_messages_are_rejected_or_re_encode_identically(
        (ty, val) in arb_typed(),
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..4), 1..4),
    ) {
        let mut bytes = encoded(&ty, &val);
        for (i, b, how) in edits {
            let at = if bytes.is_empty() { 0 } else { i.index(bytes.len()) };
            match how {
                0 if !bytes.is_empty() => bytes[at] = b,
                1 => bytes.insert(at, b),
                2 if !bytes.is_empty() => _ = bytes.remove(at),
                _ => bytes.truncate(at),
            }
        }
        neopack::fuzzing::check_decode(&bytes);
        if validate(&bytes, &ty, unlimited()).is_ok() {
            let v = decode(&bytes, unlimited()).unwrap();
            prop_assert_eq!(reencode(&v), bytes);
        }
    }

}
