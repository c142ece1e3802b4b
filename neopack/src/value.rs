//! `ValueRef`: the borrowed schema-less view of a message, and the walker that builds or skips
//! it (SPEC.md, "Decoder").

use alloc::boxed::Box;
use alloc::vec::Vec;

use crate::decoder::{Decoder, PACK_LIST, Packed, next_elem};
use crate::error::{DecodeError, DecodeErrorKind as K, EncodeError};
use crate::{Encoder, Limits, tag};

/// One neopack value, decoded without a schema; strings and packed arrays borrow the input.
#[derive(Clone, Debug, PartialEq)]
pub enum ValueRef<'a> {
    /// `UNIT`.
    Unit,
    /// `FALSE` / `TRUE`.
    Bool(bool),
    /// `U8`.
    U8(u8),
    /// `U16`.
    U16(u16),
    /// `U32`.
    U32(u32),
    /// `U64`.
    U64(u64),
    /// `S8`.
    S8(i8),
    /// `S16`.
    S16(i16),
    /// `S32`.
    S32(i32),
    /// `S64`.
    S64(i64),
    /// `F32`.
    F32(f32),
    /// `F64`.
    F64(f64),
    /// `CHAR`.
    Char(char),
    /// `STRING`.
    Str(&'a str),
    /// `PACKED`.
    Packed(Packed<'a>),
    /// `LIST`.
    List(Vec<ValueRef<'a>>),
    /// `RECORD` (record or tuple).
    Record(Vec<ValueRef<'a>>),
    /// `VARIANT`: case and payload.
    Variant(u32, Box<ValueRef<'a>>),
    /// `NONE`.
    None,
    /// `SOME`.
    Some(Box<ValueRef<'a>>),
    /// `OK`.
    Ok(Box<ValueRef<'a>>),
    /// `ERR`.
    Err(Box<ValueRef<'a>>),
    /// `FLAGS`: `count` flags, bit `i` is flag `i`.
    Flags {
        /// Number of flags.
        count: u32,
        /// The flag bits.
        bits: u64,
    },
    /// `HANDLE`.
    Handle(u64),
}

/// Decodes exactly one root value, schema-less.
///
/// # Errors
/// A [`DecodeError`] naming the first bad byte.
pub fn decode(bytes: &[u8], limits: Limits) -> Result<ValueRef<'_>, DecodeError> {
    let mut d = Decoder::new(bytes, limits)?;
    let v = d.value()?;
    d.finish()?;
    Ok(v)
}

/// Writes `v` into `enc`, canonically: the bytes [`decode`] read it from, for any decoded `v`.
///
/// A `List` whose elements are all the same fixed-width scalar becomes a packed array.
///
/// # Errors
/// Any [`EncodeError`] of the calls it makes (an invalid `Packed` or `Flags`, a value that does
/// not fit where `enc` is).
pub fn encode_value(v: &ValueRef<'_>, enc: &mut Encoder) -> Result<(), EncodeError> {
    match v {
        ValueRef::Unit => enc.unit(),
        ValueRef::Bool(x) => enc.bool(*x),
        ValueRef::U8(x) => enc.u8(*x),
        ValueRef::U16(x) => enc.u16(*x),
        ValueRef::U32(x) => enc.u32(*x),
        ValueRef::U64(x) => enc.u64(*x),
        ValueRef::S8(x) => enc.s8(*x),
        ValueRef::S16(x) => enc.s16(*x),
        ValueRef::S32(x) => enc.s32(*x),
        ValueRef::S64(x) => enc.s64(*x),
        ValueRef::F32(x) => enc.f32(*x),
        ValueRef::F64(x) => enc.f64(*x),
        ValueRef::Char(x) => enc.char(*x),
        ValueRef::Str(x) => enc.str(x),
        ValueRef::Packed(p) => enc.packed_raw(p.tag, p.count, p.bytes),
        ValueRef::List(xs) | ValueRef::Record(xs) => {
            let list = matches!(v, ValueRef::List(_));
            let n = u32::try_from(xs.len()).map_err(|_| EncodeError::TooLarge)?;
            if list {
                enc.begin_list(n)?
            } else {
                enc.begin_record(n)?
            }
            for x in xs {
                encode_value(x, enc)?;
            }
            if list { enc.end_list() } else { enc.end_record() }
        }
        ValueRef::Variant(case, x) => {
            enc.variant(*case)?;
            encode_value(x, enc)
        }
        ValueRef::None => enc.none(),
        ValueRef::Some(x) => {
            enc.some()?;
            encode_value(x, enc)
        }
        ValueRef::Ok(x) => {
            enc.ok()?;
            encode_value(x, enc)
        }
        ValueRef::Err(x) => {
            enc.err()?;
            encode_value(x, enc)
        }
        ValueRef::Flags { count, bits } => enc.flags(*count, *bits),
        ValueRef::Handle(x) => enc.handle(*x),
    }
}

impl<'a> Decoder<'a> {
    /// Any one value, schema-less, fully checked.
    ///
    /// # Errors
    /// A [`DecodeError`] naming the first bad byte.
    pub fn value(&mut self) -> Result<ValueRef<'a>, DecodeError> {
        self.enter()?;
        let v = self.walk(self.depth() + 1)?;
        self.done();
        Ok(v)
    }

    /// Skips any one value, checking it as [`Decoder::value`] does, without allocating.
    ///
    /// # Errors
    /// A [`DecodeError`] naming the first bad byte.
    pub fn skip(&mut self) -> Result<(), DecodeError> {
        self.enter()?;
        self.skip_walk(self.depth() + 1)?;
        self.done();
        Ok(())
    }

    /// Validates the next value as [`skip`](Self::skip) does and returns its exact bytes
    /// (borrowed from the input), e.g. to forward an embedded value without decoding it.
    ///
    /// # Errors
    /// As [`skip`](Self::skip).
    pub fn raw_value(&mut self) -> Result<&'a [u8], DecodeError> {
        let start = self.pos;
        self.skip()?;
        Ok(&self.input[start..self.pos])
    }

    /// Reads the value at the cursor, at nesting `depth` (1 = root).
    fn walk(&mut self, depth: usize) -> Result<ValueRef<'a>, DecodeError> {
        let at = self.pos;
        let [t] = self.array::<1>()?;
        Ok(match t {
            tag::UNIT => ValueRef::Unit,
            tag::FALSE => ValueRef::Bool(false),
            tag::TRUE => ValueRef::Bool(true),
            tag::U8 => ValueRef::U8(self.array::<1>()?[0]),
            tag::U16 => ValueRef::U16(u16::from_le_bytes(self.array()?)),
            tag::U32 => ValueRef::U32(u32::from_le_bytes(self.array()?)),
            tag::U64 => ValueRef::U64(u64::from_le_bytes(self.array()?)),
            tag::S8 => ValueRef::S8(i8::from_le_bytes(self.array()?)),
            tag::S16 => ValueRef::S16(i16::from_le_bytes(self.array()?)),
            tag::S32 => ValueRef::S32(i32::from_le_bytes(self.array()?)),
            tag::S64 => ValueRef::S64(i64::from_le_bytes(self.array()?)),
            tag::F32 => ValueRef::F32(self.f32_body()?),
            tag::F64 => ValueRef::F64(self.f64_body()?),
            tag::CHAR => ValueRef::Char(self.char_body()?),
            tag::STRING => ValueRef::Str(self.str_body()?),
            tag::PACKED => ValueRef::Packed(self.packed_body()?),
            tag::LIST | tag::RECORD => {
                self.check_depth(depth, at)?;
                let (count, body_end) = self.container_head()?;
                let saved = self.end;
                self.end = body_end;
                // `count` is bounded by the body length and the item limit; cap the up-front
                // reservation anyway so a hostile count costs little before it is disproved.
                let mut xs = Vec::with_capacity((count as usize).min(1024));
                let mut elem = 0;
                for _ in 0..count {
                    if let Some(&next) = self.input.get(self.pos) {
                        elem = next_elem(elem, next);
                    }
                    xs.push(self.walk(depth + 1)?);
                }
                self.close(t, body_end, saved, elem, at)?;
                if t == tag::LIST { ValueRef::List(xs) } else { ValueRef::Record(xs) }
            }
            tag::VARIANT => {
                self.check_depth(depth, at)?;
                let case = self.raw_u32()?;
                ValueRef::Variant(case, Box::new(self.walk(depth + 1)?))
            }
            tag::NONE => ValueRef::None,
            tag::SOME | tag::OK | tag::ERR => {
                self.check_depth(depth, at)?;
                let x = Box::new(self.walk(depth + 1)?);
                match t {
                    tag::SOME => ValueRef::Some(x),
                    tag::OK => ValueRef::Ok(x),
                    _ => ValueRef::Err(x),
                }
            }
            tag::FLAGS => {
                let (count, bits) = self.flags_body()?;
                ValueRef::Flags { count, bits }
            }
            tag::HANDLE => ValueRef::Handle(u64::from_le_bytes(self.array()?)),
            t => return Err(DecodeError::new(K::UnknownTag(t), at)),
        })
    }

    /// Checks the end of a container body walked schema-less and restores the outer bound.
    fn close(
        &mut self,
        t: u8,
        body_end: usize,
        saved: usize,
        elem: u8,
        at: usize,
    ) -> Result<(), DecodeError> {
        if self.pos != body_end {
            return Err(DecodeError::new(K::BodyLengthMismatch, self.pos));
        }
        if t == tag::LIST && tag::scalar_width(elem).is_some() {
            return Err(DecodeError::new(K::NonCanonical(PACK_LIST), at));
        }
        self.end = saved;
        Ok(())
    }

    /// As [`Decoder::walk`], building nothing.
    fn skip_walk(&mut self, depth: usize) -> Result<(), DecodeError> {
        let at = self.pos;
        let [t] = self.array::<1>()?;
        match t {
            tag::UNIT | tag::FALSE | tag::TRUE | tag::NONE => {}
            tag::U8
            | tag::S8
            | tag::U16
            | tag::S16
            | tag::U32
            | tag::S32
            | tag::U64
            | tag::S64
            | tag::HANDLE => {
                let w = tag::scalar_width(t).unwrap_or(8);
                self.take(w)?;
            }
            tag::F32 => _ = self.f32_body()?,
            tag::F64 => _ = self.f64_body()?,
            tag::CHAR => _ = self.char_body()?,
            tag::STRING => _ = self.str_body()?,
            tag::PACKED => _ = self.packed_body()?,
            tag::LIST | tag::RECORD => {
                self.check_depth(depth, at)?;
                let (count, body_end) = self.container_head()?;
                let saved = self.end;
                self.end = body_end;
                let mut elem = 0;
                for _ in 0..count {
                    if let Some(&next) = self.input.get(self.pos) {
                        elem = next_elem(elem, next);
                    }
                    self.skip_walk(depth + 1)?;
                }
                self.close(t, body_end, saved, elem, at)?;
            }
            tag::VARIANT => {
                self.check_depth(depth, at)?;
                self.raw_u32()?;
                self.skip_walk(depth + 1)?;
            }
            tag::SOME | tag::OK | tag::ERR => {
                self.check_depth(depth, at)?;
                self.skip_walk(depth + 1)?;
            }
            tag::FLAGS => _ = self.flags_body()?,
            t => return Err(DecodeError::new(K::UnknownTag(t), at)),
        }
        Ok(())
    }
}
