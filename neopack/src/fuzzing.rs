//! The checks behind the fuzz targets, shared with the corpus replay test. Not public API.

use alloc::vec::Vec;

use crate::schema::{Case, Type};
use crate::{Decoder, EncodeError, Encoder, Limits, decode, encode_value, pretty, validate};

fn limits() -> Limits {
    Limits { max_depth: 32, max_size: 1 << 20, max_items: 1 << 16, max_expansion: 4 }
}

/// Decodes `data`; when accepted it must re-encode to exactly `data`, and `skip` and `pretty`
/// must agree with `decode` on acceptance.
///
/// # Panics
/// When an invariant does not hold (that is the point).
pub fn check_decode(data: &[u8]) {
    let limits = limits();
    let decoded = decode(data, limits);
    let skipped = Decoder::new(data, limits).and_then(|mut d| {
        d.skip()?;
        d.finish()
    });
    assert_eq!(decoded.as_ref().err(), skipped.as_ref().err(), "decode and skip disagree");
    let printed = pretty(data, limits);
    assert_eq!(decoded.is_ok(), printed.is_ok(), "decode and pretty disagree");
    if let Ok(v) = decoded {
        let mut enc = Encoder::new();
        encode_value(&v, &mut enc).expect("a decoded value re-encodes");
        assert_eq!(enc.finish().expect("complete"), data, "re-encoding is not canonical");
    }
}

/// The schema types the `validate` target chooses from.
pub fn types() -> Vec<Type> {
    let entry = Type::record([
        ("key", Type::String),
        ("value", Type::list(Type::U8)),
        ("tags", Type::list(Type::String)),
        ("version", Type::U64),
    ]);
    alloc::vec![
        Type::U32,
        Type::String,
        Type::list(Type::U8),
        Type::list(Type::Char),
        Type::list(Type::F64),
        entry.clone(),
        Type::list(entry),
        Type::option(Type::list(Type::String)),
        Type::result(Some(Type::S64), Some(Type::enumeration(["a", "b", "c"]))),
        Type::Variant(alloc::vec![
            Case::new("none", None),
            Case::new("num", Some(Type::F32)),
            Case::new("pair", Some(Type::Tuple(alloc::vec![Type::Bool, Type::Char]))),
        ]),
        Type::flags(["a", "b", "c", "d", "e", "f", "g", "h", "i"]),
        Type::list(Type::option(Type::list(Type::S16))),
    ]
}

/// `data[0]` picks one of [`types`]; the rest is validated against it. When accepted it must
/// also decode schema-less and re-encode to the same bytes.
///
/// # Panics
/// When an invariant does not hold.
pub fn check_validate(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else { return };
    let types = types();
    let ty = &types[pick as usize % types.len()];
    if validate(rest, ty, limits()).is_ok() {
        let v = decode(rest, limits()).expect("a valid message decodes");
        let mut enc = Encoder::new();
        encode_value(&v, &mut enc).expect("a decoded value re-encodes");
        assert_eq!(enc.finish().expect("complete"), rest, "re-encoding is not canonical");
    }
}

/// Writes a deterministic pseudo-random value of type `ty` chosen by `seed` (seed corpora and
/// tests), with lists of at most three elements.
///
/// # Errors
/// Only if `enc` cannot take a value here.
pub fn encode_sample(ty: &Type, seed: &mut u64, enc: &mut Encoder) -> Result<(), EncodeError> {
    let mut next = || {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        *seed
    };
    let r = next();
    match ty {
        Type::Bool => enc.bool(r & 1 == 1),
        Type::U8 => enc.u8(r as u8),
        Type::U16 => enc.u16(r as u16),
        Type::U32 => enc.u32(r as u32),
        Type::U64 => enc.u64(r),
        Type::S8 => enc.s8(r as i8),
        Type::S16 => enc.s16(r as i16),
        Type::S32 => enc.s32(r as i32),
        Type::S64 => enc.s64(r as i64),
        Type::F32 => enc.f32(r as u16 as f32 / 8.0),
        Type::F64 => enc.f64(r as u16 as f64 / 8.0),
        Type::Char => enc.char(char::from_u32(0x20 + (r % 0x5e) as u32).unwrap_or('?')),
        Type::String => enc.str(["", "a", "key", "héllo"][(r % 4) as usize]),
        Type::List(elem) => {
            let n = (r % 4) as u32;
            if n == 0 && elem.scalar_tag().is_some() {
                // The canonical empty list of scalars is an empty packed array; a non-empty
                // `LIST` of scalars is packed by `end_list`.
                return encode_empty_packed(elem, enc);
            }
            enc.begin_list(n)?;
            for _ in 0..n {
                encode_sample(elem, seed, enc)?;
            }
            enc.end_list()
        }
        Type::Record(fields) => {
            enc.begin_record(fields.len() as u32)?;
            for f in fields {
                encode_sample(&f.ty, seed, enc)?;
            }
            enc.end_record()
        }
        Type::Tuple(types) => {
            enc.begin_record(types.len() as u32)?;
            for t in types {
                encode_sample(t, seed, enc)?;
            }
            enc.end_record()
        }
        Type::Variant(cases) => {
            let i = (r % cases.len().max(1) as u64) as usize;
            enc.variant(i as u32)?;
            match cases.get(i).and_then(|c| c.ty.as_ref()) {
                Some(t) => encode_sample(t, seed, enc),
                None => enc.unit(),
            }
        }
        Type::Enum(names) => {
            enc.variant((r % names.len().max(1) as u64) as u32)?;
            enc.unit()
        }
        Type::Option(_) if r & 1 == 0 => enc.none(),
        Type::Option(inner) => {
            enc.some()?;
            encode_sample(inner, seed, enc)
        }
        Type::Result { ok, err } => {
            let arm = if r & 1 == 0 {
                enc.ok()?;
                ok
            } else {
                enc.err()?;
                err
            };
            match arm {
                Some(t) => encode_sample(t, seed, enc),
                None => enc.unit(),
            }
        }
        Type::Flags(names) => {
            let n = names.len().min(64) as u32;
            let mask = if n == 64 { u64::MAX } else { (1u64 << n) - 1 };
            enc.flags(n, r & mask)
        }
    }
}

/// The empty packed array of the scalar type `elem`.
fn encode_empty_packed(elem: &Type, enc: &mut Encoder) -> Result<(), EncodeError> {
    let t = elem.scalar_tag().unwrap_or(crate::tag::U8);
    enc.packed_raw(t, 0, &[])
}
