//! Functions whose results are computed from several arguments, and functions without results.

use crate::check::Checker;
use crate::compound::STRINGS;
use crate::neorun::sink::echo::{self as e, Color, Point};

/// The WIT name of a color.
fn color_name(c: Color) -> &'static str {
    match c {
        Color::Red => "red",
        Color::Green => "green",
        Color::BlueIsh => "blue-ish",
    }
}

/// What `mix` documents.
fn mix_expected(a: u8, b: &str, c: &[Point], d: Option<Color>) -> (u8, String, u32) {
    // Wrapping: only the low byte of the count matters.
    let count = a.wrapping_add(c.len() as u8);
    let sum = c.iter().fold(0i32, |acc, p| acc.wrapping_add(p.x.wrapping_mul(3)).wrapping_add(p.y));
    (count, format!("{b}/{}", d.map_or("none", color_name)), sum.cast_unsigned())
}

/// What `spill` documents.
fn spill_expected(points: &[Point; 9]) -> i64 {
    points.iter().zip(1i64..).fold(0, |acc, (p, weight)| {
        acc.wrapping_add(weight.wrapping_mul(i64::from(p.x) - i64::from(p.y)))
    })
}

/// `mix`, `reverse` and `spill`: a swapped or dropped argument changes the answer.
pub(crate) fn multi_param(c: &mut Checker) -> Result<(), String> {
    let p = |x, y| Point { x, y };
    let cases: [(u8, &str, Vec<Point>, Option<Color>); 4] = [
        (255, "", Vec::new(), None),
        (255, "x", vec![p(0, 0)], Some(Color::Red)),
        (200, "日本語", vec![p(1, 2), p(-3, 4), p(i32::MAX, 1)], Some(Color::BlueIsh)),
        (3, "🦀", (0..300).map(|i| p(i, i * 2)).collect(), Some(Color::Green)),
    ];
    for (a, b, points, d) in &cases {
        let got = e::mix(*a, b, points, *d);
        let sent = (a, b, points, d);
        c.expect("mix", &sent, &mix_expected(*a, b, points, *d), &got)?;
    }

    let got =
        e::reverse(u8::MAX, i16::MIN, u32::MAX, i64::MIN, 1.25, f64::INFINITY, '\u{10FFFF}', true);
    let expected =
        (true, '\u{10FFFF}', f64::INFINITY, 1.25f32, i64::MIN, u32::MAX, i16::MIN, u8::MAX);
    c.expect(
        "reverse",
        "(255, -32768, 4294967295, i64::MIN, 1.25, inf, '\\u{10ffff}', true)",
        &expected,
        &got,
    )?;
    let got = e::reverse(0, 1, 2, 3, 4.0, 5.0, 'g', false);
    c.expect(
        "reverse",
        "(0, 1, 2, 3, 4.0, 5.0, 'g', false)",
        &(false, 'g', 5.0, 4.0, 3, 2, 1, 0),
        &got,
    )?;

    let sets: [[Point; 9]; 2] = [
        std::array::from_fn(|i| {
            // At most 8: fits an i32.
            let i = i as i32;
            p(10 * i, -i)
        }),
        std::array::from_fn(
            |i| if i % 2 == 0 { p(i32::MAX, i32::MIN) } else { p(i32::MIN, i32::MAX) },
        ),
    ];
    for [p0, p1, p2, p3, p4, p5, p6, p7, p8] in &sets {
        let got = e::spill(*p0, *p1, *p2, *p3, *p4, *p5, *p6, *p7, *p8);
        let sent = [*p0, *p1, *p2, *p3, *p4, *p5, *p6, *p7, *p8];
        c.expect("spill", &sent, &spill_expected(&sent), &got)?;
    }
    Ok(())
}

/// `note` and `ping` return nothing; `notes` shows that they ran with the right arguments.
pub(crate) fn no_results(c: &mut Checker) -> Result<(), String> {
    let (notes0, pings0, sum0) = e::notes();
    let mut sum = sum0;
    let calls: Vec<(u32, &str, Vec<u8>)> = vec![
        (5, STRINGS[2], vec![0; 3]),
        (u32::MAX, "", Vec::new()),
        (0, STRINGS[3], vec![9; 1_000]),
    ];
    for (a, b, bytes) in &calls {
        e::note(*a, b, bytes);
        // A usize always fits in a u64 on wasm32.
        sum = sum.wrapping_add(u64::from(*a) + b.len() as u64 + 1000 * bytes.len() as u64);
    }
    for _ in 0..4 {
        e::ping();
    }
    // Three notes, four pings.
    let expected = (notes0 + 3, pings0 + 4, sum);
    c.expect("notes", "3 notes and 4 pings", &expected, &e::notes())
}
