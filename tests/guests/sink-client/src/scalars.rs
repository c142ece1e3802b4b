//! Echoes of every scalar type with its extremes.

use crate::check::Checker;
use crate::neorun::sink::echo as e;

/// Integers, bools and chars at their extremes.
pub(crate) fn integers(c: &mut Checker) -> Result<(), String> {
    c.each("echo-bool", &[false, true], |x| e::echo_bool(*x))?;
    c.each("echo-u8", &[0, 1, 0x7f, 0x80, u8::MAX], |x| e::echo_u8(*x))?;
    c.each("echo-u16", &[0, 1, 0x7fff, 0x8000, u16::MAX], |x| e::echo_u16(*x))?;
    c.each("echo-u32", &[0, 1, 0x7fff_ffff, 0x8000_0000, u32::MAX], |x| e::echo_u32(*x))?;
    c.each("echo-u64", &[0, 1, 1 << 32, 1 << 63, u64::MAX], |x| e::echo_u64(*x))?;
    c.each("echo-s8", &[i8::MIN, -1, 0, 1, i8::MAX], |x| e::echo_s8(*x))?;
    c.each("echo-s16", &[i16::MIN, -1, 0, 1, i16::MAX], |x| e::echo_s16(*x))?;
    c.each("echo-s32", &[i32::MIN, -1, 0, 1, i32::MAX], |x| e::echo_s32(*x))?;
    c.each("echo-s64", &[i64::MIN, -1, 0, 1, i64::MAX], |x| e::echo_s64(*x))?;
    c.each(
        "echo-char",
        &['\0', 'a', '\u{7f}', 'ü', '日', '\u{D7FF}', '\u{E000}', '🦀', '\u{10FFFF}'],
        |x| e::echo_char(*x),
    )?;
    Ok(())
}

/// Floats: zeros of both signs, infinities, extremes, subnormals and NaN.
pub(crate) fn floats(c: &mut Checker) -> Result<(), String> {
    let f32s = [
        0.0,
        -0.0,
        1.5,
        f32::MIN,
        f32::MAX,
        f32::MIN_POSITIVE,
        f32::from_bits(1),
        f32::INFINITY,
        f32::NEG_INFINITY,
        f32::NAN,
        -f32::NAN,
    ];
    for x in f32s {
        c.same("echo-f32", &x, &e::echo_f32(x))?;
    }
    let f64s = [
        0.0,
        -0.0,
        -2.75,
        f64::MIN,
        f64::MAX,
        f64::MIN_POSITIVE,
        f64::from_bits(1),
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        -f64::NAN,
    ];
    for x in f64s {
        c.same("echo-f64", &x, &e::echo_f64(x))?;
    }
    // The same check spelled out, so a comparison bug in `same` cannot hide a lost sign.
    let got = e::echo_f64(-0.0);
    c.that(got == 0.0 && got.is_sign_negative(), || format!("echo-f64: sent -0.0, got {got:?}"))?;
    let got = e::echo_f32(f32::NAN);
    c.that(got.is_nan(), || format!("echo-f32: sent NaN, got {got:?}"))?;
    Ok(())
}
