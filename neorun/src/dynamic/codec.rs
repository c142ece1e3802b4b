//! The type-directed `Val` codec: wasmtime's dynamic values to neopack bytes and back, checked
//! against a [`schema::Type`] from the ledger.
//!
//! Canonical encoding makes the bytes equal to what neopack's typed [`Encoder`] calls produce for
//! the same value, so static and dynamic stubs are interchangeable on the wire.

use core::cell::RefCell;

use neopack::schema::{Function, Type};
use neopack::{DecodeError, DecodeErrorKind, Decoder, Encoder, Limits, Packable};
use wasmtime::component::Val;

use super::DynError;

thread_local! {
    /// Scratch for packed arrays: the element bytes of a `list<scalar>` are gathered here and
    /// written with one encoder call. Never borrowed across a call that could re-enter.
    static SCRATCH: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Most elements reserved up front for a non-packed list; the rest grow as they arrive, so a
/// hostile count cannot make the decoder reserve more than its message justifies.
const LIST_RESERVE_CAP: usize = 1024;

/// The kind of a `Val`, for error messages.
fn kind(v: &Val) -> &'static str {
    match v {
        Val::Bool(_) => "bool",
        Val::S8(_) => "s8",
        Val::U8(_) => "u8",
        Val::S16(_) => "s16",
        Val::U16(_) => "u16",
        Val::S32(_) => "s32",
        Val::U32(_) => "u32",
        Val::S64(_) => "s64",
        Val::U64(_) => "u64",
        Val::Float32(_) => "f32",
        Val::Float64(_) => "f64",
        Val::Char(_) => "char",
        Val::String(_) => "string",
        Val::List(_) => "list",
        Val::Map(_) => "map",
        Val::Record(_) => "record",
        Val::Tuple(_) => "tuple",
        Val::Variant(..) => "variant",
        Val::Enum(_) => "enum",
        Val::Option(_) => "option",
        Val::Result(_) => "result",
        Val::Flags(_) => "flags",
        Val::Resource(_) => "resource",
        Val::Future(_) => "future",
        Val::Stream(_) => "stream",
        Val::ErrorContext(_) => "error-context",
        Val::FixedLengthList(_) => "fixed-length list",
    }
}

fn mismatch(ty: &Type, v: &Val) -> DynError {
    DynError::Mismatch { expected: ty.render(), found: kind(v) }
}

fn position(names: impl IntoIterator<Item = impl AsRef<str>>, name: &str) -> Option<u32> {
    let i = names.into_iter().position(|n| n.as_ref() == name)?;
    u32::try_from(i).ok()
}

fn unknown(what: &'static str, name: &str, ty: &Type) -> DynError {
    DynError::UnknownName { what, name: name.to_owned(), ty: ty.render() }
}

fn count(n: usize) -> Result<u32, DynError> {
    u32::try_from(n).map_err(|_| DynError::Encode(neopack::EncodeError::TooLarge))
}

/// Encodes `v` as one neopack value of type `ty`.
///
/// Case, enum and flag names are mapped to their indices in `ty`; record field names must match
/// `ty`'s, in order. A `list` of a fixed-width scalar is written as one packed array.
///
/// # Errors
///
/// [`DynError::Mismatch`], [`DynError::UnknownName`], [`DynError::FieldName`],
/// [`DynError::Arity`] or [`DynError::Payload`] when `v` does not have type `ty`;
/// [`DynError::Encode`] from the encoder. After an error the encoder holds a partial value:
/// [`Encoder::clear`] it before reuse.
pub fn encode_val(enc: &mut Encoder, ty: &Type, v: &Val) -> Result<(), DynError> {
    match (ty, v) {
        (Type::Bool, Val::Bool(x)) => enc.bool(*x)?,
        (Type::U8, Val::U8(x)) => enc.u8(*x)?,
        (Type::U16, Val::U16(x)) => enc.u16(*x)?,
        (Type::U32, Val::U32(x)) => enc.u32(*x)?,
        (Type::U64, Val::U64(x)) => enc.u64(*x)?,
        (Type::S8, Val::S8(x)) => enc.s8(*x)?,
        (Type::S16, Val::S16(x)) => enc.s16(*x)?,
        (Type::S32, Val::S32(x)) => enc.s32(*x)?,
        (Type::S64, Val::S64(x)) => enc.s64(*x)?,
        (Type::F32, Val::Float32(x)) => enc.f32(*x)?,
        (Type::F64, Val::Float64(x)) => enc.f64(*x)?,
        (Type::Char, Val::Char(x)) => enc.char(*x)?,
        (Type::String, Val::String(s)) => enc.str(s)?,
        (Type::List(elem), Val::List(items)) => encode_list(enc, elem, items)?,
        (Type::Record(fields), Val::Record(vals)) => {
            if fields.len() != vals.len() {
                return Err(DynError::Arity { expected: fields.len(), found: vals.len() });
            }
            enc.begin_record(count(vals.len())?)?;
            for (field, (name, val)) in fields.iter().zip(vals) {
                if field.name != *name {
                    return Err(DynError::FieldName {
                        expected: field.name.clone(),
                        found: name.clone(),
                    });
                }
                encode_val(enc, &field.ty, val)?;
            }
            enc.end_record()?;
        }
        (Type::Tuple(types), Val::Tuple(vals)) => {
            if types.len() != vals.len() {
                return Err(DynError::Arity { expected: types.len(), found: vals.len() });
            }
            enc.begin_record(count(vals.len())?)?;
            for (ty, val) in types.iter().zip(vals) {
                encode_val(enc, ty, val)?;
            }
            enc.end_record()?;
        }
        (Type::Variant(cases), Val::Variant(name, payload)) => {
            let i = position(cases.iter().map(|c| &c.name), name)
                .ok_or_else(|| unknown("case", name, ty))?;
            enc.variant(i)?;
            encode_payload(enc, cases[i as usize].ty.as_ref(), payload.as_deref(), name)?;
        }
        (Type::Enum(names), Val::Enum(name)) => {
            let i = position(names, name).ok_or_else(|| unknown("enum case", name, ty))?;
            enc.variant(i)?;
            enc.unit()?;
        }
        (Type::Option(inner), Val::Option(o)) => match o {
            None => enc.none()?,
            Some(v) => {
                enc.some()?;
                encode_val(enc, inner, v)?;
            }
        },
        (Type::Result { ok, err }, Val::Result(r)) => match r {
            Ok(p) => {
                enc.ok()?;
                encode_payload(enc, ok.as_deref(), p.as_deref(), "ok")?;
            }
            Err(p) => {
                enc.err()?;
                encode_payload(enc, err.as_deref(), p.as_deref(), "err")?;
            }
        },
        (Type::Flags(names), Val::Flags(set)) => {
            let mut bits = 0u64;
            for name in set {
                let i = position(names, name).ok_or_else(|| unknown("flag", name, ty))?;
                bits |= 1u64.checked_shl(i).ok_or_else(|| unknown("flag", name, ty))?;
            }
            enc.flags(count(names.len())?, bits)?;
        }
        _ => return Err(mismatch(ty, v)),
    }
    Ok(())
}

/// The payload of a variant case or result arm: the value, or `UNIT` when the type has none.
fn encode_payload(
    enc: &mut Encoder,
    ty: Option<&Type>,
    v: Option<&Val>,
    case: &str,
) -> Result<(), DynError> {
    match (ty, v) {
        (Some(ty), Some(v)) => encode_val(enc, ty, v),
        (None, None) => Ok(enc.unit()?),
        (ty, _) => Err(DynError::Payload { case: case.to_owned(), expected: ty.is_some() }),
    }
}

/// Gathers the little-endian bytes of every element of a scalar list into the scratch buffer
/// and writes them as one packed array.
fn encode_packed<T: Packable>(
    enc: &mut Encoder,
    elem: &Type,
    items: &[Val],
    get: impl Fn(&Val) -> Option<T>,
) -> Result<(), DynError> {
    let n = count(items.len())?;
    SCRATCH.with_borrow_mut(|scratch| {
        scratch.clear();
        scratch.reserve(items.len() * T::WIDTH);
        for v in items {
            get(v).ok_or_else(|| mismatch(elem, v))?.write_le(scratch);
        }
        if T::TAG == neopack::tag::U8 {
            enc.bytes(scratch)?;
        } else {
            enc.packed_raw(T::TAG, n, scratch)?;
        }
        Ok(())
    })
}

fn encode_list(enc: &mut Encoder, elem: &Type, items: &[Val]) -> Result<(), DynError> {
    macro_rules! packed {
        ($t:ty, $v:ident) => {
            encode_packed::<$t>(enc, elem, items, |v| match v {
                Val::$v(x) => Some(*x),
                _ => None,
            })
        };
    }
    match elem {
        Type::U8 => packed!(u8, U8),
        Type::U16 => packed!(u16, U16),
        Type::U32 => packed!(u32, U32),
        Type::U64 => packed!(u64, U64),
        Type::S8 => packed!(i8, S8),
        Type::S16 => packed!(i16, S16),
        Type::S32 => packed!(i32, S32),
        Type::S64 => packed!(i64, S64),
        Type::F32 => packed!(f32, Float32),
        Type::F64 => packed!(f64, Float64),
        Type::Char => packed!(char, Char),
        _ => {
            enc.begin_list(count(items.len())?)?;
            for v in items {
                encode_val(enc, elem, v)?;
            }
            enc.end_list()?;
            Ok(())
        }
    }
}

/// Encodes a call's arguments: `func`'s parameters as one record (SPEC.md, "Calls").
///
/// # Errors
///
/// [`DynError::Arity`] when `args` does not have one value per parameter; otherwise as
/// [`encode_val`].
pub fn encode_args(enc: &mut Encoder, func: &Function, args: &[Val]) -> Result<(), DynError> {
    if func.params.len() != args.len() {
        return Err(DynError::Arity { expected: func.params.len(), found: args.len() });
    }
    enc.begin_record(count(args.len())?)?;
    for (p, v) in func.params.iter().zip(args) {
        encode_val(enc, &p.ty, v)?;
    }
    enc.end_record()?;
    Ok(())
}

/// Encodes a call's result: the one result value, or `UNIT` when `func` has no result.
///
/// # Errors
///
/// [`DynError::Arity`] when `results` does not hold exactly as many values as `func` has
/// results (zero or one); otherwise as [`encode_val`].
pub fn encode_result(enc: &mut Encoder, func: &Function, results: &[Val]) -> Result<(), DynError> {
    match (&func.result, results) {
        (None, []) => Ok(enc.unit()?),
        (Some(ty), [v]) => encode_val(enc, ty, v),
        (r, _) => Err(DynError::Arity { expected: usize::from(r.is_some()), found: results.len() }),
    }
}

fn wrong_count(expected: usize, found: u32, offset: usize) -> DynError {
    let expected = u32::try_from(expected).unwrap_or(u32::MAX);
    DecodeError::new(DecodeErrorKind::WrongCount { expected, found }, offset).into()
}

/// Decodes one value of type `ty`, trusting nothing: every tag, count, case index and flag
/// count is checked against `ty`, and errors carry the byte offset.
///
/// # Errors
///
/// [`DynError::Decode`] naming the first bad byte; [`DynError::UnsupportedType`] for a schema
/// type this codec does not know.
pub fn decode_val(dec: &mut Decoder<'_>, ty: &Type) -> Result<Val, DynError> {
    Ok(match ty {
        Type::Bool => Val::Bool(dec.bool()?),
        Type::U8 => Val::U8(dec.u8()?),
        Type::U16 => Val::U16(dec.u16()?),
        Type::U32 => Val::U32(dec.u32()?),
        Type::U64 => Val::U64(dec.u64()?),
        Type::S8 => Val::S8(dec.s8()?),
        Type::S16 => Val::S16(dec.s16()?),
        Type::S32 => Val::S32(dec.s32()?),
        Type::S64 => Val::S64(dec.s64()?),
        Type::F32 => Val::Float32(dec.f32()?),
        Type::F64 => Val::Float64(dec.f64()?),
        Type::Char => Val::Char(dec.char()?),
        Type::String => Val::String(dec.str()?.to_owned()),
        Type::List(elem) => decode_list(dec, elem)?,
        Type::Record(fields) => {
            let at = dec.offset();
            let n = dec.begin_record()?;
            if n as usize != fields.len() {
                return Err(wrong_count(fields.len(), n, at));
            }
            let mut vals = Vec::with_capacity(fields.len());
            for f in fields {
                vals.push((f.name.clone(), decode_val(dec, &f.ty)?));
            }
            dec.end()?;
            Val::Record(vals)
        }
        Type::Tuple(types) => {
            let at = dec.offset();
            let n = dec.begin_record()?;
            if n as usize != types.len() {
                return Err(wrong_count(types.len(), n, at));
            }
            let mut vals = Vec::with_capacity(types.len());
            for t in types {
                vals.push(decode_val(dec, t)?);
            }
            dec.end()?;
            Val::Tuple(vals)
        }
        Type::Variant(cases) => {
            let at = dec.offset();
            let case = dec.variant()?;
            let c = cases.get(case as usize).ok_or_else(|| out_of_range(case, cases.len(), at))?;
            let payload = decode_payload(dec, c.ty.as_ref())?;
            Val::Variant(c.name.clone(), payload)
        }
        Type::Enum(names) => {
            let at = dec.offset();
            let case = dec.variant()?;
            let name =
                names.get(case as usize).ok_or_else(|| out_of_range(case, names.len(), at))?;
            dec.unit()?;
            Val::Enum(name.clone())
        }
        Type::Option(inner) => {
            Val::Option(if dec.option()? { Some(Box::new(decode_val(dec, inner)?)) } else { None })
        }
        Type::Result { ok, err } => {
            if dec.result()? {
                Val::Result(Ok(decode_payload(dec, ok.as_deref())?))
            } else {
                Val::Result(Err(decode_payload(dec, err.as_deref())?))
            }
        }
        Type::Flags(names) => {
            let at = dec.offset();
            let (n, bits) = dec.flags()?;
            if n as usize != names.len() {
                return Err(wrong_count(names.len(), n, at));
            }
            let set = names
                .iter()
                .enumerate()
                .filter(|(i, _)| bits >> i & 1 == 1)
                .map(|(_, name)| name.clone())
                .collect();
            Val::Flags(set)
        }
        other => return Err(DynError::UnsupportedType(other.render())),
    })
}

fn out_of_range(case: u32, cases: usize, at: usize) -> DynError {
    let cases = u32::try_from(cases).unwrap_or(u32::MAX);
    DecodeError::new(DecodeErrorKind::CaseOutOfRange { case, cases }, at).into()
}

fn decode_payload(dec: &mut Decoder<'_>, ty: Option<&Type>) -> Result<Option<Box<Val>>, DynError> {
    match ty {
        Some(ty) => Ok(Some(Box::new(decode_val(dec, ty)?))),
        None => {
            dec.unit()?;
            Ok(None)
        }
    }
}

fn decode_list(dec: &mut Decoder<'_>, elem: &Type) -> Result<Val, DynError> {
    macro_rules! packed {
        ($t:ty, $v:ident) => {{
            let at = dec.offset();
            let p = dec.packed(<$t as Packable>::TAG)?;
            // The decoder has bounds-checked the elements and counted them against its limits:
            // they are present in the input, so reserving all of them is safe.
            let mut out = Vec::with_capacity(p.count as usize);
            out.extend(p.iter::<$t>().map(Val::$v));
            if out.len() != p.count as usize {
                return Err(wrong_count(p.count as usize, count(out.len())?, at));
            }
            Ok(Val::List(out))
        }};
    }
    match elem {
        Type::U8 => {
            let bytes = dec.bytes()?;
            let mut out = Vec::with_capacity(bytes.len());
            out.extend(bytes.iter().map(|b| Val::U8(*b)));
            Ok(Val::List(out))
        }
        Type::U16 => packed!(u16, U16),
        Type::U32 => packed!(u32, U32),
        Type::U64 => packed!(u64, U64),
        Type::S8 => packed!(i8, S8),
        Type::S16 => packed!(i16, S16),
        Type::S32 => packed!(i32, S32),
        Type::S64 => packed!(i64, S64),
        Type::F32 => packed!(f32, Float32),
        Type::F64 => packed!(f64, Float64),
        Type::Char => packed!(char, Char),
        _ => {
            let n = dec.begin_list()? as usize;
            let mut out = Vec::with_capacity(n.min(LIST_RESERVE_CAP));
            for _ in 0..n {
                out.push(decode_val(dec, elem)?);
            }
            dec.end()?;
            Ok(Val::List(out))
        }
    }
}

/// Decodes a whole message holding one value of type `ty`.
fn decode_message(
    bytes: &[u8],
    ty: Option<&Type>,
    limits: Limits,
) -> Result<Option<Val>, DynError> {
    let mut dec = Decoder::new(bytes, limits)?;
    let v = match ty {
        Some(ty) => Some(decode_val(&mut dec, ty)?),
        None => {
            dec.unit()?;
            None
        }
    };
    dec.finish()?;
    Ok(v)
}

/// Decodes a call's result message (as [`encode_result`] writes it) into `out`, which must hold
/// one slot per result of `func` (zero or one), with [`Limits::default`].
///
/// # Errors
///
/// [`DynError::Arity`] for a wrongly sized `out`; [`DynError::Decode`] for bytes that are not
/// exactly one value of the result type (`UNIT` when there is none).
pub fn decode_results(bytes: &[u8], func: &Function, out: &mut [Val]) -> Result<(), DynError> {
    decode_results_with(bytes, func, Limits::default(), out)
}

/// [`decode_results`] with explicit decoder limits.
///
/// # Errors
///
/// As [`decode_results`].
pub fn decode_results_with(
    bytes: &[u8],
    func: &Function,
    limits: Limits,
    out: &mut [Val],
) -> Result<(), DynError> {
    let expected = usize::from(func.result.is_some());
    if out.len() != expected {
        return Err(DynError::Arity { expected, found: out.len() });
    }
    if let (Some(v), [slot]) = (decode_message(bytes, func.result.as_ref(), limits)?, out) {
        *slot = v;
    }
    Ok(())
}

/// Decodes a call's arguments message (as [`encode_args`] writes it): one value per parameter
/// of `func`, with [`Limits::default`].
///
/// # Errors
///
/// [`DynError::Decode`] for bytes that are not exactly the parameters record.
pub fn decode_args(bytes: &[u8], func: &Function) -> Result<Vec<Val>, DynError> {
    decode_args_with(bytes, func, Limits::default())
}

/// [`decode_args`] with explicit decoder limits.
///
/// # Errors
///
/// As [`decode_args`].
pub fn decode_args_with(
    bytes: &[u8],
    func: &Function,
    limits: Limits,
) -> Result<Vec<Val>, DynError> {
    let mut dec = Decoder::new(bytes, limits)?;
    let at = dec.offset();
    let n = dec.begin_record()?;
    if n as usize != func.params.len() {
        return Err(wrong_count(func.params.len(), n, at));
    }
    let mut args = Vec::with_capacity(func.params.len());
    for p in &func.params {
        args.push(decode_val(&mut dec, &p.ty)?);
    }
    dec.end()?;
    dec.finish()?;
    Ok(args)
}
