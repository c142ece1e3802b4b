//! The neopack encoding of [`Type`] and [`Function`] trees (PROTOCOL.md,
//! "Type trees"): how a server describes its own signature in a `welcome` mismatch entry so the
//! client can name the first difference.

use neopack::schema::{Case, Field, Function, Param, Type};
use neopack::{Decoder, Encoder};

use super::frame::FrameError;

/// The deepest type tree a frame may carry; deeper trees are rejected before recursion.
pub(crate) const MAX_TYPE_DEPTH: u32 = 48;

/// Case numbers of the `type` variant (PROTOCOL.md, "Type trees").
mod case {
    pub(super) const BOOL: u32 = 0;
    pub(super) const U8: u32 = 1;
    pub(super) const U16: u32 = 2;
    pub(super) const U32: u32 = 3;
    pub(super) const U64: u32 = 4;
    pub(super) const S8: u32 = 5;
    pub(super) const S16: u32 = 6;
    pub(super) const S32: u32 = 7;
    pub(super) const S64: u32 = 8;
    pub(super) const F32: u32 = 9;
    pub(super) const F64: u32 = 10;
    pub(super) const CHAR: u32 = 11;
    pub(super) const STRING: u32 = 12;
    pub(super) const LIST: u32 = 13;
    pub(super) const RECORD: u32 = 14;
    pub(super) const TUPLE: u32 = 15;
    pub(super) const VARIANT: u32 = 16;
    pub(super) const ENUM: u32 = 17;
    pub(super) const OPTION: u32 = 18;
    pub(super) const RESULT: u32 = 19;
    pub(super) const FLAGS: u32 = 20;
}

/// Converts a collection length to a neopack count.
fn count(n: usize) -> Result<u32, FrameError> {
    u32::try_from(n).map_err(|_| FrameError::Encode(neopack::EncodeError::TooLarge))
}

/// Writes `f` as `record { name: string, params: list<record { name, type }>, result:
/// option<type> }`.
///
/// # Errors
/// [`FrameError::Encode`] for a type this protocol version cannot describe.
pub(crate) fn encode_function(enc: &mut Encoder, f: &Function) -> Result<(), FrameError> {
    enc.begin_record(3)?;
    enc.str(&f.name)?;
    enc.begin_list(count(f.params.len())?)?;
    for p in &f.params {
        enc.begin_record(2)?;
        enc.str(&p.name)?;
        encode_type(enc, &p.ty)?;
        enc.end_record()?;
    }
    enc.end_list()?;
    encode_option(enc, f.result.as_ref())?;
    enc.end_record()?;
    Ok(())
}

/// Reads what [`encode_function`] writes.
///
/// # Errors
/// [`FrameError`] for malformed input or a tree deeper than [`MAX_TYPE_DEPTH`].
pub(crate) fn decode_function(dec: &mut Decoder<'_>) -> Result<Function, FrameError> {
    expect_count(dec, 3)?;
    let name = dec.str()?.to_owned();
    let n = dec.begin_list()?;
    let mut params = Vec::new();
    for _ in 0..n {
        expect_count(dec, 2)?;
        let name = dec.str()?.to_owned();
        let ty = decode_type(dec, 0)?;
        dec.end()?;
        params.push(Param { name, ty });
    }
    dec.end()?;
    let result = decode_option(dec, 0)?;
    dec.end()?;
    Ok(Function { name, params, result })
}

fn encode_option(enc: &mut Encoder, t: Option<&Type>) -> Result<(), FrameError> {
    match t {
        Some(t) => {
            enc.some()?;
            encode_type(enc, t)
        }
        None => Ok(enc.none()?),
    }
}

fn encode_names(enc: &mut Encoder, names: &[String]) -> Result<(), FrameError> {
    enc.begin_list(count(names.len())?)?;
    for n in names {
        enc.str(n)?;
    }
    Ok(enc.end_list()?)
}

/// Writes `t` as a `type` variant.
///
/// # Errors
/// [`FrameError::Encode`] for a type this protocol version cannot describe.
pub(crate) fn encode_type(enc: &mut Encoder, t: &Type) -> Result<(), FrameError> {
    let scalar = match t {
        Type::Bool => Some(case::BOOL),
        Type::U8 => Some(case::U8),
        Type::U16 => Some(case::U16),
        Type::U32 => Some(case::U32),
        Type::U64 => Some(case::U64),
        Type::S8 => Some(case::S8),
        Type::S16 => Some(case::S16),
        Type::S32 => Some(case::S32),
        Type::S64 => Some(case::S64),
        Type::F32 => Some(case::F32),
        Type::F64 => Some(case::F64),
        Type::Char => Some(case::CHAR),
        Type::String => Some(case::STRING),
        _ => None,
    };
    if let Some(c) = scalar {
        enc.variant(c)?;
        return Ok(enc.unit()?);
    }
    match t {
        Type::List(e) => {
            enc.variant(case::LIST)?;
            encode_type(enc, e)
        }
        Type::Record(fields) => {
            enc.variant(case::RECORD)?;
            enc.begin_list(count(fields.len())?)?;
            for f in fields {
                enc.begin_record(2)?;
                enc.str(&f.name)?;
                encode_type(enc, &f.ty)?;
                enc.end_record()?;
            }
            Ok(enc.end_list()?)
        }
        Type::Tuple(ts) => {
            enc.variant(case::TUPLE)?;
            enc.begin_list(count(ts.len())?)?;
            for t in ts {
                encode_type(enc, t)?;
            }
            Ok(enc.end_list()?)
        }
        Type::Variant(cases) => {
            enc.variant(case::VARIANT)?;
            enc.begin_list(count(cases.len())?)?;
            for c in cases {
                enc.begin_record(2)?;
                enc.str(&c.name)?;
                encode_option(enc, c.ty.as_ref())?;
                enc.end_record()?;
            }
            Ok(enc.end_list()?)
        }
        Type::Enum(names) => {
            enc.variant(case::ENUM)?;
            encode_names(enc, names)
        }
        Type::Option(t) => {
            enc.variant(case::OPTION)?;
            encode_type(enc, t)
        }
        Type::Result { ok, err } => {
            enc.variant(case::RESULT)?;
            enc.begin_record(2)?;
            encode_option(enc, ok.as_deref())?;
            encode_option(enc, err.as_deref())?;
            Ok(enc.end_record()?)
        }
        Type::Flags(names) => {
            enc.variant(case::FLAGS)?;
            encode_names(enc, names)
        }
        _ => Err(FrameError::Unsupported { what: "a type this protocol version cannot describe" }),
    }
}

fn expect_count(dec: &mut Decoder<'_>, expected: u32) -> Result<(), FrameError> {
    let offset = dec.offset();
    let found = dec.begin_record()?;
    if found == expected {
        Ok(())
    } else {
        Err(FrameError::Invalid { what: "record field count", offset })
    }
}

fn decode_option(dec: &mut Decoder<'_>, depth: u32) -> Result<Option<Type>, FrameError> {
    if dec.option()? { Ok(Some(decode_type(dec, depth)?)) } else { Ok(None) }
}

fn decode_names(dec: &mut Decoder<'_>) -> Result<Vec<String>, FrameError> {
    let n = dec.begin_list()?;
    let mut names = Vec::new();
    for _ in 0..n {
        names.push(dec.str()?.to_owned());
    }
    dec.end()?;
    Ok(names)
}

/// Reads one `type` variant; `depth` is the number of enclosing types.
///
/// # Errors
/// [`FrameError`] for malformed input, an unknown case or a tree deeper than [`MAX_TYPE_DEPTH`].
pub(crate) fn decode_type(dec: &mut Decoder<'_>, depth: u32) -> Result<Type, FrameError> {
    let offset = dec.offset();
    if depth >= MAX_TYPE_DEPTH {
        return Err(FrameError::Invalid { what: "type tree too deep", offset });
    }
    let d = depth + 1;
    let c = dec.variant()?;
    let scalar = match c {
        case::BOOL => Some(Type::Bool),
        case::U8 => Some(Type::U8),
        case::U16 => Some(Type::U16),
        case::U32 => Some(Type::U32),
        case::U64 => Some(Type::U64),
        case::S8 => Some(Type::S8),
        case::S16 => Some(Type::S16),
        case::S32 => Some(Type::S32),
        case::S64 => Some(Type::S64),
        case::F32 => Some(Type::F32),
        case::F64 => Some(Type::F64),
        case::CHAR => Some(Type::Char),
        case::STRING => Some(Type::String),
        _ => None,
    };
    if let Some(t) = scalar {
        dec.unit()?;
        return Ok(t);
    }
    Ok(match c {
        case::LIST => Type::list(decode_type(dec, d)?),
        case::RECORD => {
            let n = dec.begin_list()?;
            let mut fields = Vec::new();
            for _ in 0..n {
                expect_count(dec, 2)?;
                let name = dec.str()?.to_owned();
                fields.push(Field::new(name, decode_type(dec, d)?));
                dec.end()?;
            }
            dec.end()?;
            Type::Record(fields)
        }
        case::TUPLE => {
            let n = dec.begin_list()?;
            let mut ts = Vec::new();
            for _ in 0..n {
                ts.push(decode_type(dec, d)?);
            }
            dec.end()?;
            Type::Tuple(ts)
        }
        case::VARIANT => {
            let n = dec.begin_list()?;
            let mut cases = Vec::new();
            for _ in 0..n {
                expect_count(dec, 2)?;
                let name = dec.str()?.to_owned();
                cases.push(Case::new(name, decode_option(dec, d)?));
                dec.end()?;
            }
            dec.end()?;
            Type::Variant(cases)
        }
        case::ENUM => Type::Enum(decode_names(dec)?),
        case::OPTION => Type::option(decode_type(dec, d)?),
        case::RESULT => {
            expect_count(dec, 2)?;
            let ok = decode_option(dec, d)?;
            let err = decode_option(dec, d)?;
            dec.end()?;
            Type::result(ok, err)
        }
        case::FLAGS => Type::Flags(decode_names(dec)?),
        _ => return Err(FrameError::Invalid { what: "unknown type case", offset }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use neopack::Limits;

    fn sample() -> Function {
        let entry = Type::record([
            ("key", Type::String),
            ("value", Type::list(Type::U8)),
            ("tags", Type::list(Type::String)),
            ("version", Type::U64),
        ]);
        let err = Type::Variant(vec![
            Case::new("invalid-key", Some(Type::String)),
            Case::new("none", None),
        ]);
        Function::new(
            "put",
            [
                ("e", entry),
                ("t", Type::Tuple(vec![Type::Char, Type::F32, Type::F64, Type::S8, Type::S16])),
                ("f", Type::flags(["a", "b"])),
                ("k", Type::enumeration(["x", "y"])),
                ("o", Type::option(Type::S32)),
                ("b", Type::Bool),
                ("w", Type::Tuple(vec![Type::U16, Type::U32, Type::S64])),
                ("r", Type::result(None, None)),
            ],
            Some(Type::result(Some(Type::U64), Some(err))),
        )
    }

    #[test]
    fn function_tree_round_trips() {
        let f = sample();
        let mut enc = Encoder::new();
        encode_function(&mut enc, &f).unwrap();
        let bytes = enc.finish().unwrap().to_vec();
        let mut dec = Decoder::new(&bytes, Limits::default()).unwrap();
        let back = decode_function(&mut dec).unwrap();
        dec.finish().unwrap();
        assert_eq!(back, f);
    }

    #[test]
    fn too_deep_type_tree_is_rejected_without_recursing_further() {
        let mut t = Type::U8;
        for _ in 0..MAX_TYPE_DEPTH + 1 {
            t = Type::option(t);
        }
        let mut enc = Encoder::new();
        encode_type(&mut enc, &t).unwrap();
        let bytes = enc.finish().unwrap().to_vec();
        let limits = Limits { max_depth: 1000, ..Limits::default() };
        let Ok(mut dec) = Decoder::new(&bytes, limits) else { return };
        let err = decode_type(&mut dec, 0).unwrap_err();
        assert!(err.to_string().contains("too deep") || err.to_string().contains("depth"), "{err}");
    }
}
