//! The tag byte that starts every neopack value (SPEC.md, "Tags").

/// Absent payload of a variant case or a result arm.
pub const UNIT: u8 = 0x01;
/// `false`.
pub const FALSE: u8 = 0x02;
/// `true`.
pub const TRUE: u8 = 0x03;
/// `u8`, 1 byte.
pub const U8: u8 = 0x04;
/// `u16`, 2 bytes little-endian.
pub const U16: u8 = 0x05;
/// `u32`, 4 bytes little-endian.
pub const U32: u8 = 0x06;
/// `u64`, 8 bytes little-endian.
pub const U64: u8 = 0x07;
/// `s8`, 1 byte.
pub const S8: u8 = 0x08;
/// `s16`, 2 bytes little-endian.
pub const S16: u8 = 0x09;
/// `s32`, 4 bytes little-endian.
pub const S32: u8 = 0x0A;
/// `s64`, 8 bytes little-endian.
pub const S64: u8 = 0x0B;
/// `f32`, IEEE-754 bits little-endian, NaN canonical.
pub const F32: u8 = 0x0C;
/// `f64`, IEEE-754 bits little-endian, NaN canonical.
pub const F64: u8 = 0x0D;
/// `char`, a Unicode scalar value as `u32` little-endian.
pub const CHAR: u8 = 0x0E;
/// `string`: `len:u32`, UTF-8 bytes.
pub const STRING: u8 = 0x10;
/// Packed array of a fixed-width scalar: `elem-tag:u8`, `count:u32`, `count × width` bytes.
pub const PACKED: u8 = 0x11;
/// List: `body-len:u32`, `count:u32`, values.
pub const LIST: u8 = 0x12;
/// Record or tuple: `body-len:u32`, `count:u32`, values in declared order.
pub const RECORD: u8 = 0x13;
/// Variant or enum: `case:u32`, one value (`UNIT` when the case has no payload).
pub const VARIANT: u8 = 0x14;
/// `option::none`.
pub const NONE: u8 = 0x15;
/// `option::some`, one value follows.
pub const SOME: u8 = 0x16;
/// `result::ok`, one value follows (`UNIT` when the arm has no type).
pub const OK: u8 = 0x17;
/// `result::err`, one value follows (`UNIT` when the arm has no type).
pub const ERR: u8 = 0x18;
/// Flags: `count:u32`, `ceil(count / 8)` bytes, bit `i` is flag `i`.
pub const FLAGS: u8 = 0x19;
/// Resource handle: `u64` little-endian, owned by the sender's peer.
pub const HANDLE: u8 = 0x1A;

/// Body width in bytes of a fixed-width scalar tag, or `None` for any other tag.
///
/// These are exactly the tags allowed as the element tag of a packed array.
pub const fn scalar_width(tag: u8) -> Option<usize> {
    match tag {
        U8 | S8 => Some(1),
        U16 | S16 => Some(2),
        U32 | S32 | F32 | CHAR => Some(4),
        U64 | S64 | F64 => Some(8),
        _ => None,
    }
}
