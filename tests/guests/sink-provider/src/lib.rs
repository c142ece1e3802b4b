//! Implements `neorun:sink/echo`: every `echo-*` function returns its argument unchanged; `mix`,
//! `reverse`, `spill`, `note`, `ping` and `notes` compute what `wit/sink.wit` documents.

use std::cell::Cell;

use exports::neorun::sink::echo::{
    Color, Forest, Guest, HttpHeaderInfo, Perms, Point, Scalars, Shape,
};

wit_bindgen::generate!({
    world: "neorun:sink/provider",
    path: "../wit",
});

thread_local! {
    /// What `note` and `ping` recorded: note calls, ping calls, the sum over the notes.
    static NOTES: Cell<(u32, u32, u64)> = const { Cell::new((0, 0, 0)) };
}

/// The WIT name of a color.
fn color_name(c: Color) -> &'static str {
    match c {
        Color::Red => "red",
        Color::Green => "green",
        Color::BlueIsh => "blue-ish",
    }
}

struct Provider;

impl Guest for Provider {
    fn echo_bool(x: bool) -> bool {
        x
    }
    fn echo_u8(x: u8) -> u8 {
        x
    }
    fn echo_u16(x: u16) -> u16 {
        x
    }
    fn echo_u32(x: u32) -> u32 {
        x
    }
    fn echo_u64(x: u64) -> u64 {
        x
    }
    fn echo_s8(x: i8) -> i8 {
        x
    }
    fn echo_s16(x: i16) -> i16 {
        x
    }
    fn echo_s32(x: i32) -> i32 {
        x
    }
    fn echo_s64(x: i64) -> i64 {
        x
    }
    fn echo_f32(x: f32) -> f32 {
        x
    }
    fn echo_f64(x: f64) -> f64 {
        x
    }
    fn echo_char(x: char) -> char {
        x
    }
    fn echo_string(x: String) -> String {
        x
    }
    fn echo_bytes(x: Vec<u8>) -> Vec<u8> {
        x
    }
    fn echo_u32s(x: Vec<u32>) -> Vec<u32> {
        x
    }
    fn echo_f64s(x: Vec<f64>) -> Vec<f64> {
        x
    }
    fn echo_strings(x: Vec<String>) -> Vec<String> {
        x
    }
    fn echo_points(x: Vec<Point>) -> Vec<Point> {
        x
    }
    fn echo_tuple(x: (u8, String, f64, Vec<u16>)) -> (u8, String, f64, Vec<u16>) {
        x
    }
    fn echo_scalars(x: Scalars) -> Scalars {
        x
    }
    fn echo_header(x: HttpHeaderInfo) -> HttpHeaderInfo {
        x
    }
    fn echo_option_option(x: Option<Option<u8>>) -> Option<Option<u8>> {
        x
    }
    fn echo_result_full(x: Result<Option<String>, Vec<u8>>) -> Result<Option<String>, Vec<u8>> {
        x
    }
    fn echo_result_no_ok(x: Result<(), String>) -> Result<(), String> {
        x
    }
    fn echo_result_no_err(x: Result<u32, ()>) -> Result<u32, ()> {
        x
    }
    fn echo_result_bare(x: Result<(), ()>) -> Result<(), ()> {
        x
    }
    fn echo_color(x: Color) -> Color {
        x
    }
    fn echo_perms(x: Perms) -> Perms {
        x
    }
    fn echo_shape(x: Shape) -> Shape {
        x
    }
    fn echo_forest(x: Forest) -> Forest {
        x
    }

    fn mix(a: u8, b: String, c: Vec<Point>, d: Option<Color>) -> (u8, String, u32) {
        // Wrapping: only the low byte of the count matters.
        let count = a.wrapping_add(c.len() as u8);
        let label = format!("{b}/{}", d.map_or("none", color_name));
        let sum =
            c.iter().fold(0i32, |acc, p| acc.wrapping_add(p.x.wrapping_mul(3)).wrapping_add(p.y));
        (count, label, sum.cast_unsigned())
    }

    #[allow(clippy::too_many_arguments, reason = "the WIT function has eight parameters")]
    fn reverse(
        a: u8,
        b: i16,
        c: u32,
        d: i64,
        e: f32,
        f: f64,
        g: char,
        h: bool,
    ) -> (bool, char, f64, f32, i64, u32, i16, u8) {
        (h, g, f, e, d, c, b, a)
    }

    #[allow(clippy::too_many_arguments, reason = "the WIT function has nine parameters")]
    fn spill(
        p0: Point,
        p1: Point,
        p2: Point,
        p3: Point,
        p4: Point,
        p5: Point,
        p6: Point,
        p7: Point,
        p8: Point,
    ) -> i64 {
        [p0, p1, p2, p3, p4, p5, p6, p7, p8].iter().zip(1i64..).fold(0i64, |acc, (p, weight)| {
            acc.wrapping_add(weight.wrapping_mul(i64::from(p.x) - i64::from(p.y)))
        })
    }

    fn note(a: u32, b: String, c: Vec<u8>) {
        NOTES.with(|notes| {
            let (n, pings, sum) = notes.get();
            // usize fits in u64 on wasm32.
            let add = u64::from(a) + b.len() as u64 + 1000 * c.len() as u64;
            notes.set((n + 1, pings, sum.wrapping_add(add)));
        });
    }

    fn ping() {
        NOTES.with(|notes| {
            let (n, pings, sum) = notes.get();
            notes.set((n, pings + 1, sum));
        });
    }

    fn notes() -> (u32, u32, u64) {
        NOTES.with(Cell::get)
    }
}

export!(Provider);
