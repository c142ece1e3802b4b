//! Packed arrays borrowed from the input (SPEC.md, "Packed arrays").

use core::marker::PhantomData;

use crate::Packable;
use crate::error::{DecodeError, DecodeErrorKind as K};
use crate::packable::{CANONICAL_NAN_F32, CANONICAL_NAN_F64};
use crate::tag;

/// A packed array borrowed from the input: `count` elements tagged `tag`, little-endian.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Packed<'a> {
    /// The element tag, a fixed-width scalar tag.
    pub tag: u8,
    /// The number of elements.
    pub count: u32,
    /// The `count × width` element bytes.
    pub bytes: &'a [u8],
}

impl<'a> Packed<'a> {
    /// The elements as `T`; empty when `T::TAG` is not [`Packed::tag`].
    pub fn iter<T: Packable>(&self) -> PackedIter<'a, T> {
        let bytes = if T::TAG == self.tag { self.bytes } else { &[] };
        PackedIter { chunks: bytes.chunks_exact(T::WIDTH), _t: PhantomData }
    }
}

/// Iterator over the elements of a [`Packed`] array.
#[derive(Clone, Debug)]
pub struct PackedIter<'a, T> {
    chunks: core::slice::ChunksExact<'a, u8>,
    _t: PhantomData<T>,
}

impl<T: Packable> Iterator for PackedIter<'_, T> {
    type Item = T;
    #[inline]
    fn next(&mut self) -> Option<T> {
        self.chunks.next().and_then(T::read_le)
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.chunks.size_hint()
    }
}

/// Checks the elements of a packed body starting at offset `start`.
pub(crate) fn check_packed(elem: u8, bytes: &[u8], start: usize) -> Result<(), DecodeError> {
    match elem {
        tag::CHAR => {
            for (i, c) in bytes.as_chunks::<4>().0.iter().enumerate() {
                let v = u32::from_le_bytes(*c);
                if char::from_u32(v).is_none() {
                    return Err(DecodeError::new(K::InvalidChar(v), start + 4 * i));
                }
            }
        }
        tag::F32 => {
            for (i, c) in bytes.as_chunks::<4>().0.iter().enumerate() {
                let v = u32::from_le_bytes(*c);
                if f32::from_bits(v).is_nan() && v != CANONICAL_NAN_F32 {
                    return Err(DecodeError::new(K::NonCanonical("nan"), start + 4 * i));
                }
            }
        }
        tag::F64 => {
            for (i, c) in bytes.as_chunks::<8>().0.iter().enumerate() {
                let v = u64::from_le_bytes(*c);
                if f64::from_bits(v).is_nan() && v != CANONICAL_NAN_F64 {
                    return Err(DecodeError::new(K::NonCanonical("nan"), start + 8 * i));
                }
            }
        }
        _ => {}
    }
    Ok(())
}
