//! Property tests without a schema: arbitrary `ValueRef` trees, random bytes and arbitrary
//! encoder call sequences.

use neopack::{EncodeError, Encoder, Limits, Packed, ValueRef, decode, encode_value, tag};
use proptest::prelude::*;

fn reencode(v: &ValueRef<'_>) -> Vec<u8> {
    let mut e = Encoder::new();
    encode_value(v, &mut e).unwrap();
    e.finish().unwrap().to_vec()
}

fn unlimited() -> Limits {
    Limits::unlimited()
}

// ----- ValueRef trees -------------------------------------------------------------------------

fn arb_packed() -> impl Strategy<Value = (u8, u32, Vec<u8>)> {
    let tags = prop::sample::select(vec![
        tag::U8,
        tag::U16,
        tag::U32,
        tag::U64,
        tag::S8,
        tag::S16,
        tag::S32,
        tag::S64,
        tag::F32,
        tag::F64,
        tag::CHAR,
    ]);
    (tags, prop::collection::vec(any::<u64>(), 0..6)).prop_map(|(t, xs)| {
        let w = tag::scalar_width(t).unwrap();
        let mut bytes = Vec::new();
        for x in &xs {
            let x = match t {
                tag::CHAR => u64::from(char::from_u32((*x % 0x11_0000) as u32).unwrap_or('?')),
                tag::F32 if f32::from_bits(*x as u32).is_nan() => 0,
                tag::F64 if f64::from_bits(*x).is_nan() => 0,
                _ => *x,
            };
            bytes.extend_from_slice(&x.to_le_bytes()[..w]);
        }
        (t, xs.len() as u32, bytes)
    })
}

/// An owned mirror of `ValueRef` so the strategy can own packed bytes and strings.
#[derive(Clone, Debug)]
enum Tree {
    Leaf(u8, u64),
    Str(String),
    Packed(u8, u32, Vec<u8>),
    List(Vec<Tree>),
    Record(Vec<Tree>),
    Wrap(u8, u32, Box<Tree>),
}

fn arb_tree() -> impl Strategy<Value = Tree> {
    let leaf = prop_oneof![
        (
            prop::sample::select(vec![
                tag::UNIT,
                tag::FALSE,
                tag::TRUE,
                tag::U8,
                tag::S16,
                tag::U32,
                tag::S64,
                tag::F32,
                tag::F64,
                tag::CHAR,
                tag::NONE,
                tag::HANDLE,
                tag::FLAGS
            ]),
            any::<u64>()
        )
            .prop_map(|(t, v)| Tree::Leaf(t, v)),
        any::<String>().prop_map(Tree::Str),
        arb_packed().prop_map(|(t, n, b)| Tree::Packed(t, n, b)),
    ];
    leaf.prop_recursive(5, 40, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Tree::List),
            prop::collection::vec(inner.clone(), 0..5).prop_map(Tree::Record),
            (
                prop::sample::select(vec![tag::VARIANT, tag::SOME, tag::OK, tag::ERR]),
                any::<u32>(),
                inner
            )
                .prop_map(|(t, c, x)| Tree::Wrap(t, c, Box::new(x))),
        ]
    })
}

fn to_value(t: &Tree) -> ValueRef<'_> {
    match t {
        Tree::Leaf(tg, v) => match *tg {
            tag::UNIT => ValueRef::Unit,
            tag::FALSE => ValueRef::Bool(false),
            tag::TRUE => ValueRef::Bool(true),
            tag::U8 => ValueRef::U8(*v as u8),
            tag::S16 => ValueRef::S16(*v as i16),
            tag::U32 => ValueRef::U32(*v as u32),
            tag::S64 => ValueRef::S64(*v as i64),
            tag::F32 => ValueRef::F32(f32::from_bits(*v as u32)),
            tag::F64 => ValueRef::F64(f64::from_bits(*v)),
            tag::CHAR => ValueRef::Char(char::from_u32((*v % 0x11_0000) as u32).unwrap_or('?')),
            tag::NONE => ValueRef::None,
            tag::HANDLE => ValueRef::Handle(*v),
            _ => {
                let count = (*v % 65) as u32;
                let bits =
                    if count == 64 { v.rotate_left(7) } else { (v >> 7) & ((1 << count) - 1) };
                ValueRef::Flags { count, bits }
            }
        },
        Tree::Str(s) => ValueRef::Str(s),
        Tree::Packed(tg, n, b) => ValueRef::Packed(Packed { tag: *tg, count: *n, bytes: b }),
        Tree::List(xs) => ValueRef::List(xs.iter().map(to_value).collect()),
        Tree::Record(xs) => ValueRef::Record(xs.iter().map(to_value).collect()),
        Tree::Wrap(tg, c, x) => {
            let x = Box::new(to_value(x));
            match *tg {
                tag::VARIANT => ValueRef::Variant(*c, x),
                tag::SOME => ValueRef::Some(x),
                tag::OK => ValueRef::Ok(x),
                _ => ValueRef::Err(x),
            }
        }
    }
}

/// Whether `v` holds a NaN or a non-empty list of one scalar kind (which re-encodes packed), so
/// that decoding gives back a structurally different (but equivalent) tree.
fn changes_shape(v: &ValueRef<'_>) -> bool {
    match v {
        ValueRef::F32(x) => x.is_nan(),
        ValueRef::F64(x) => x.is_nan(),
        ValueRef::List(xs) => {
            let scalar = |x: &ValueRef<'_>| {
                let mut e = Encoder::new();
                encode_value(x, &mut e)
                    .ok()
                    .map(|_| e.finish().unwrap()[0])
                    .filter(|t| tag::scalar_width(*t).is_some())
            };
            (!xs.is_empty()
                && scalar(&xs[0]).is_some()
                && xs.iter().all(|x| scalar(x) == scalar(&xs[0])))
                || xs.iter().any(changes_shape)
        }
        ValueRef::Record(xs) => xs.iter().any(changes_shape),
        ValueRef::Variant(_, x) | ValueRef::Some(x) | ValueRef::Ok(x) | ValueRef::Err(x) => {
            changes_shape(x)
        }
        _ => false,
    }
}

// ----- encoder call sequences -----------------------------------------------------------------

#[derive(Clone, Debug)]
enum Op {
    Unit,
    U8(u8),
    F32(u32),
    Str(String),
    Bytes(Vec<u8>),
    BeginList(u32),
    EndList,
    BeginRecord(u32),
    EndRecord,
    Variant(u32),
    None,
    Some,
    Ok,
    Err,
    Flags(u32, u64),
}

fn arb_op() -> impl Strategy<Value = Op> {
    prop_oneof![
        Just(Op::Unit),
        any::<u8>().prop_map(Op::U8),
        any::<u32>().prop_map(Op::F32),
        "[a-z]{0,3}".prop_map(Op::Str),
        prop::collection::vec(any::<u8>(), 0..3).prop_map(Op::Bytes),
        (0u32..4).prop_map(Op::BeginList),
        Just(Op::EndList),
        (0u32..4).prop_map(Op::BeginRecord),
        Just(Op::EndRecord),
        (0u32..3).prop_map(Op::Variant),
        Just(Op::None),
        Just(Op::Some),
        Just(Op::Ok),
        Just(Op::Err),
        (0u32..70, any::<u64>()).prop_map(|(n, b)| Op::Flags(n, b)),
    ]
}

fn apply(e: &mut Encoder, op: &Op) -> Result<(), EncodeError> {
    match op {
        Op::Unit => e.unit(),
        Op::U8(v) => e.u8(*v),
        Op::F32(b) => e.f32(f32::from_bits(*b)),
        Op::Str(s) => e.str(s),
        Op::Bytes(b) => e.bytes(b),
        Op::BeginList(n) => e.begin_list(*n),
        Op::EndList => e.end_list(),
        Op::BeginRecord(n) => e.begin_record(*n),
        Op::EndRecord => e.end_record(),
        Op::Variant(c) => e.variant(*c),
        Op::None => e.none(),
        Op::Some => e.some(),
        Op::Ok => e.ok(),
        Op::Err => e.err(),
        Op::Flags(n, b) => e.flags(*n, *b),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn value_trees_round_trip(tree in arb_tree()) {
        let v = to_value(&tree);
        let bytes = reencode(&v);
        let back = decode(&bytes, unlimited()).unwrap();
        prop_assert_eq!(reencode(&back), bytes.clone());
        if !changes_shape(&v) {
            prop_assert_eq!(back, v);
        }
        neopack::fuzzing::check_decode(&bytes);
    }

    #[test]
    fn random_bytes_are_rejected_or_re_encode_identically(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
        neopack::fuzzing::check_decode(&bytes);
        if let Ok(v) = decode(&bytes, unlimited()) {
            prop_assert_eq!(reencode(&v), bytes);
        }
    }

    #[test]
    fn encoder_call_sequences_give_decodable_bytes_or_typed_errors(ops in prop::collection::vec(arb_op(), 0..24)) {
        let mut e = Encoder::new();
        for op in &ops {
            let before = e.len();
            if apply(&mut e, op).is_err() {
                prop_assert_eq!(e.len(), before, "a failed call changed the buffer");
            }
        }
        if let Ok(bytes) = e.finish() {
            let bytes = bytes.to_vec();
            let v = decode(&bytes, unlimited());
            prop_assert!(v.is_ok(), "{:?}: {:?}", bytes, v);
            prop_assert_eq!(reencode(&v.unwrap()), bytes);
        }
    }
}
