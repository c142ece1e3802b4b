//! Counting checks and describing the first failure.

use std::fmt::Debug;

/// Counts passed checks; every check method returns the description of a failure.
pub(crate) struct Checker {
    /// The number of checks that passed so far.
    pub(crate) passed: u32,
}

impl Checker {
    /// Calls `echo` with each value and checks that it returns the value unchanged
    /// (`PartialEq`); `Err("name: sent .., got ..")` otherwise.
    pub(crate) fn each<T: PartialEq + Debug>(
        &mut self,
        name: &str,
        values: &[T],
        echo: impl Fn(&T) -> T,
    ) -> Result<(), String> {
        for sent in values {
            let got = echo(sent);
            self.expect(name, sent, sent, &got)?;
        }
        Ok(())
    }

    /// Checks that `got == expected` for a call that was sent `sent`.
    pub(crate) fn expect<S: Debug + ?Sized, T: PartialEq + Debug>(
        &mut self,
        name: &str,
        sent: &S,
        expected: &T,
        got: &T,
    ) -> Result<(), String> {
        self.that(got == expected, || {
            format!(
                "{name}: sent {}, expected {}, got {}",
                short(sent),
                short(expected),
                short(got)
            )
        })
    }

    /// Checks that an echo returned what it was sent, for types compared by `same`
    /// (floats: same bits, or both NaN).
    pub(crate) fn same<T: Same + Debug + ?Sized>(
        &mut self,
        name: &str,
        sent: &T,
        got: &T,
    ) -> Result<(), String> {
        self.that(sent.same(got), || format!("{name}: sent {}, got {}", short(sent), short(got)))
    }

    /// Counts a passed check, or returns `fail()`.
    pub(crate) fn that(&mut self, ok: bool, fail: impl FnOnce() -> String) -> Result<(), String> {
        if ok {
            self.passed += 1;
            Ok(())
        } else {
            Err(fail())
        }
    }
}

/// Equality that tells floats apart by their bits (so `-0.0` differs from `0.0`) and treats
/// every NaN as equal to every NaN: the component model does not preserve NaN payloads.
pub(crate) trait Same {
    /// Whether `self` and `other` are the same value.
    fn same(&self, other: &Self) -> bool;
}

impl Same for f32 {
    fn same(&self, other: &Self) -> bool {
        (self.is_nan() && other.is_nan()) || self.to_bits() == other.to_bits()
    }
}

impl Same for f64 {
    fn same(&self, other: &Self) -> bool {
        (self.is_nan() && other.is_nan()) || self.to_bits() == other.to_bits()
    }
}

impl<T: Same> Same for [T] {
    fn same(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().zip(other).all(|(a, b)| a.same(b))
    }
}

/// `value`'s debug form, cut to 200 bytes: some values sent are 10 000 bytes long.
fn short<T: Debug + ?Sized>(value: &T) -> String {
    let mut s = format!("{value:?}");
    if s.len() > 200 {
        let mut end = 200;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        s.truncate(end);
        s.push_str("...");
    }
    s
}
