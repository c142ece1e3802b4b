//! Fixed-width scalars that travel in packed arrays (SPEC.md, "Packed arrays").

use alloc::vec::Vec;

use crate::tag;

/// The canonical quiet NaN of `f32` (SPEC.md, "Canonical form").
pub const CANONICAL_NAN_F32: u32 = 0x7fc0_0000;
/// The canonical quiet NaN of `f64` (SPEC.md, "Canonical form").
pub const CANONICAL_NAN_F64: u64 = 0x7ff8_0000_0000_0000;

/// A fixed-width scalar that can be an element of a packed array.
///
/// Implemented for `u8` … `u64`, `i8` … `i64` (WIT `s8` … `s64`), `f32`, `f64` and `char`.
pub trait Packable: Copy {
    /// The element tag ([`tag::U8`] …).
    const TAG: u8;
    /// The width in bytes of one element.
    const WIDTH: usize = core::mem::size_of::<Self>();
    /// Appends the canonical little-endian bytes of `self` (NaN canonicalised).
    fn write_le(self, out: &mut Vec<u8>);
    /// Reads one element from exactly [`Self::WIDTH`] bytes; `None` when `b` has another length
    /// or is not a valid value (a `char` that is not a Unicode scalar value).
    fn read_le(b: &[u8]) -> Option<Self>;
    /// Appends every element of `v`; the same bytes as calling [`Packable::write_le`] on each.
    #[inline]
    fn write_slice_le(v: &[Self], out: &mut Vec<u8>) {
        out.reserve(v.len() * Self::WIDTH);
        for x in v {
            x.write_le(out);
        }
    }
}

macro_rules! packable_int {
    ($($t:ty => $tag:expr),*) => {$(
        impl Packable for $t {
            const TAG: u8 = $tag;
            #[inline]
            fn write_le(self, out: &mut Vec<u8>) {
                out.extend_from_slice(&self.to_le_bytes());
            }
            #[inline]
            fn read_le(b: &[u8]) -> Option<Self> {
                b.try_into().ok().map(<$t>::from_le_bytes)
            }
        }
    )*};
}

packable_int!(u16 => tag::U16, u32 => tag::U32, u64 => tag::U64,
    i8 => tag::S8, i16 => tag::S16, i32 => tag::S32, i64 => tag::S64);

impl Packable for u8 {
    const TAG: u8 = tag::U8;
    #[inline]
    fn write_le(self, out: &mut Vec<u8>) {
        out.push(self);
    }
    #[inline]
    fn read_le(b: &[u8]) -> Option<Self> {
        match b {
            [x] => Some(*x),
            _ => None,
        }
    }
    #[inline]
    fn write_slice_le(v: &[Self], out: &mut Vec<u8>) {
        out.extend_from_slice(v);
    }
}

impl Packable for f32 {
    const TAG: u8 = tag::F32;
    #[inline]
    fn write_le(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&f32_bits(self).to_le_bytes());
    }
    #[inline]
    fn read_le(b: &[u8]) -> Option<Self> {
        b.try_into().ok().map(f32::from_le_bytes)
    }
}

impl Packable for f64 {
    const TAG: u8 = tag::F64;
    #[inline]
    fn write_le(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&f64_bits(self).to_le_bytes());
    }
    #[inline]
    fn read_le(b: &[u8]) -> Option<Self> {
        b.try_into().ok().map(f64::from_le_bytes)
    }
}

impl Packable for char {
    const TAG: u8 = tag::CHAR;
    #[inline]
    fn write_le(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&u32::from(self).to_le_bytes());
    }
    #[inline]
    fn read_le(b: &[u8]) -> Option<Self> {
        b.try_into().ok().map(u32::from_le_bytes).and_then(char::from_u32)
    }
}

/// The canonical bits of `v`: its own bits, or [`CANONICAL_NAN_F32`] for any NaN.
#[inline]
pub(crate) fn f32_bits(v: f32) -> u32 {
    if v.is_nan() { CANONICAL_NAN_F32 } else { v.to_bits() }
}

/// The canonical bits of `v`: its own bits, or [`CANONICAL_NAN_F64`] for any NaN.
#[inline]
pub(crate) fn f64_bits(v: f64) -> u64 {
    if v.is_nan() { CANONICAL_NAN_F64 } else { v.to_bits() }
}

/// Rewrites every NaN element of the packed `f32`/`f64` body `body` to the canonical NaN.
pub(crate) fn canonicalize_floats(elem_tag: u8, body: &mut [u8]) {
    match elem_tag {
        tag::F32 => {
            for c in body.as_chunks_mut::<4>().0 {
                if f32::from_le_bytes(*c).is_nan() {
                    *c = CANONICAL_NAN_F32.to_le_bytes();
                }
            }
        }
        tag::F64 => {
            for c in body.as_chunks_mut::<8>().0 {
                if f64::from_le_bytes(*c).is_nan() {
                    *c = CANONICAL_NAN_F64.to_le_bytes();
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_le_canonicalises_nan_and_read_le_checks_width_and_chars() {
        let mut out = Vec::new();
        f32::from_bits(0x7f80_0001).write_le(&mut out);
        assert_eq!(out, CANONICAL_NAN_F32.to_le_bytes());
        assert_eq!(u16::read_le(&[1, 2]), Some(0x0201));
        assert_eq!(u16::read_le(&[1]), None);
        assert_eq!(char::read_le(&0xd800u32.to_le_bytes()), None);
        assert_eq!(char::read_le(&0x41u32.to_le_bytes()), Some('A'));
    }
}
