//! Echoes of strings, lists, tuples, records, options, results, enums, flags and variants.

use crate::check::Checker;
use crate::neorun::sink::echo::{
    self as e, Branch, Color, Forest, HttpHeaderInfo, Leaf, Perms, Point, Scalars, Shape, Tree,
};

/// Strings with multi-byte characters, used in several checks.
pub(crate) const STRINGS: [&str; 6] =
    ["", "ü", "日本語", "🦀", "a\0b", "mixed ascii, ü, 日本語 and 🦀"];

/// Strings and lists, empty and large.
pub(crate) fn strings_and_lists(c: &mut Checker) -> Result<(), String> {
    let long: String = "ü日🦀a".repeat(2_500);
    for s in STRINGS.iter().copied().chain([long.as_str()]) {
        c.expect("echo-string", s, &s.to_owned(), &e::echo_string(s))?;
    }

    // A usize index wraps on purpose: the pattern only has to differ between neighbours.
    let big: Vec<u8> = (0..10_000usize).map(|i| (i * 7 % 256) as u8).collect();
    c.each("echo-bytes", &[Vec::new(), vec![0], vec![u8::MAX; 3], big], |x| e::echo_bytes(x))?;
    c.each("echo-u32s", &[Vec::new(), vec![0, u32::MAX, 1], (0..1_000).collect()], |x| {
        e::echo_u32s(x)
    })?;

    let f64s = [0.0, -0.0, f64::INFINITY, f64::NEG_INFINITY, f64::MIN, f64::MAX, f64::NAN, 1e-310];
    for sent in [&[][..], &f64s[..]] {
        c.same("echo-f64s", sent, &e::echo_f64s(sent))?;
    }

    let owned = |v: &[&str]| -> Vec<String> { v.iter().map(|s| (*s).to_owned()).collect() };
    let many: Vec<String> = (0..100).map(|i| "ü".repeat(i)).collect();
    c.each("echo-strings", &[Vec::new(), owned(&[""]), owned(&STRINGS), many], |x| {
        e::echo_strings(x)
    })?;

    let pts: Vec<Point> = (0..1_000).map(|i| Point { x: i, y: -i }).collect();
    let extremes = vec![Point { x: i32::MIN, y: i32::MAX }, Point { x: 0, y: -1 }];
    c.each("echo-points", &[Vec::new(), extremes, pts], |x| e::echo_points(x))?;

    let tuples: [(u8, String, f64, Vec<u16>); 2] = [
        (0, String::new(), 0.5, Vec::new()),
        (u8::MAX, "🦀".to_owned(), -1.5, vec![0, u16::MAX, 7]),
    ];
    c.each("echo-tuple", &tuples, |(a, b, f, l)| e::echo_tuple((*a, b, *f, l)))?;
    Ok(())
}

/// Records, options and results.
pub(crate) fn records_options_results(c: &mut Checker) -> Result<(), String> {
    let scalars = [
        Scalars {
            a_bool: false,
            a_u64: 0,
            an_s8: i8::MIN,
            an_f64: f64::MIN,
            a_u16: 0,
            a_char: '\0',
            an_f32: f32::MIN,
            an_s64: i64::MIN,
        },
        Scalars {
            a_bool: true,
            a_u64: u64::MAX,
            an_s8: i8::MAX,
            an_f64: f64::INFINITY,
            a_u16: u16::MAX,
            a_char: '\u{10FFFF}',
            an_f32: f32::MAX,
            an_s64: i64::MAX,
        },
    ];
    c.each("echo-scalars", &scalars, |x| e::echo_scalars(*x))?;

    let headers = [
        HttpHeaderInfo {
            content_type: String::new(),
            content_length: 0,
            is_chunked_encoding: false,
            x_request_id: None,
        },
        HttpHeaderInfo {
            content_type: "text/plain; charset=utf-8".to_owned(),
            content_length: u64::MAX,
            is_chunked_encoding: true,
            x_request_id: Some("日本語".to_owned()),
        },
        HttpHeaderInfo {
            content_type: "🦀".to_owned(),
            content_length: 1,
            is_chunked_encoding: false,
            x_request_id: Some(String::new()),
        },
    ];
    c.each("echo-header", &headers, e::echo_header)?;

    c.each("echo-option-option", &[None, Some(None), Some(Some(0)), Some(Some(u8::MAX))], |x| {
        e::echo_option_option(*x)
    })?;

    let full: [Result<Option<String>, Vec<u8>>; 6] = [
        Ok(None),
        Ok(Some(String::new())),
        Ok(Some("🦀".to_owned())),
        Err(Vec::new()),
        Err(vec![1, 2, 3]),
        Err(vec![0; 1_000]),
    ];
    c.each("echo-result-full", &full, |x| {
        e::echo_result_full(x.as_ref().map(Option::as_deref).map_err(Vec::as_slice))
    })?;
    let no_ok = [Ok(()), Err(String::new()), Err("ü".to_owned())];
    c.each("echo-result-no-ok", &no_ok, |x| {
        e::echo_result_no_ok(x.as_ref().copied().map_err(String::as_str))
    })?;
    c.each("echo-result-no-err", &[Ok(0), Ok(u32::MAX), Err(())], |x| e::echo_result_no_err(*x))?;
    c.each("echo-result-bare", &[Ok(()), Err(())], |x| e::echo_result_bare(*x))?;
    Ok(())
}

/// Every flag pattern worth sending: none, all, each alternation, the two ends.
fn perms_patterns() -> [Perms; 7] {
    let even = Perms::from_bits_retain(0x5555_5555);
    let odd = Perms::from_bits_retain(0xAAAA_AAAA);
    [Perms::empty(), Perms::all(), even, odd, Perms::BIT0, Perms::BIT31, Perms::BIT0 | Perms::BIT31]
}

/// Enums, flags and variants: every case.
pub(crate) fn enums_flags_variants(c: &mut Checker) -> Result<(), String> {
    c.each("echo-color", &[Color::Red, Color::Green, Color::BlueIsh], |x| e::echo_color(*x))?;

    let perms = perms_patterns();
    c.that(Perms::all().bits() == u32::MAX, || {
        format!("perms: expected 32 flags, got {:?}", Perms::all())
    })?;
    c.each("echo-perms", &perms, |x| e::echo_perms(*x))?;

    let shapes = [
        Shape::Empty,
        Shape::Circle(2.5),
        Shape::Circle(f64::NEG_INFINITY),
        Shape::Rect(Point { x: i32::MIN, y: i32::MAX }),
        Shape::Label(String::new()),
        Shape::Label("日本語".to_owned()),
        Shape::Path(Vec::new()),
        Shape::Path(vec![Point { x: 1, y: 2 }, Point { x: -3, y: -4 }]),
        Shape::Tinted((Color::BlueIsh, Perms::all())),
        Shape::Tinted((Color::Red, Perms::empty())),
    ];
    c.each("echo-shape", &shapes, e::echo_shape)?;
    Ok(())
}

/// A forest eight levels deep, with every case of every nested option, result and variant.
fn deep_forest() -> Forest {
    let leaf = |name: &str, weight: f32| Leaf { name: name.to_owned(), weight };
    let branches = vec![
        Branch { leaves: Vec::new(), note: None },
        Branch { leaves: vec![leaf("🦀", 1.5), leaf("", -0.25)], note: Some(String::new()) },
        Branch { leaves: vec![leaf("ü", f32::MAX)], note: Some("日本語".to_owned()) },
    ];
    Forest {
        trees: vec![
            Tree::Bare,
            Tree::Stump(u32::MAX),
            Tree::Grown(None),
            Tree::Grown(Some(Vec::new())),
            Tree::Grown(Some(branches)),
        ],
        summary: Some(Ok((7, vec![None, Some(leaf("deep", f32::MIN_POSITIVE)), None]))),
    }
}

/// Deeply nested values.
pub(crate) fn nesting(c: &mut Checker) -> Result<(), String> {
    let forests = [
        Forest { trees: Vec::new(), summary: None },
        Forest { trees: vec![Tree::Bare], summary: Some(Err("ü".to_owned())) },
        Forest { trees: Vec::new(), summary: Some(Ok((0, Vec::new()))) },
        deep_forest(),
    ];
    c.each("echo-forest", &forests, e::echo_forest)
}
