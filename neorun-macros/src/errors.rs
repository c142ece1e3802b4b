//! The error collector: every problem is recorded with its span, and the macro fails once with
//! all of them (as serde_derive's `Ctxt`).

use proc_macro2::{Span, TokenStream};
use std::fmt::Display;

/// Collects errors; [`Errors::finish`] turns them into one `syn::Error` (one `compile_error!` per
/// message).
#[derive(Default)]
pub(crate) struct Errors {
    errors: Vec<syn::Error>,
}

impl Errors {
    /// Records `msg` at `span`.
    pub(crate) fn push(&mut self, span: Span, msg: impl Display) {
        self.errors.push(syn::Error::new(span, msg));
    }

    /// How many errors were recorded.
    pub(crate) fn len(&self) -> usize {
        self.errors.len()
    }

    /// Whether nothing was recorded.
    pub(crate) fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    /// `Ok(())` when nothing was recorded, otherwise every error combined.
    pub(crate) fn finish(self) -> Result<(), syn::Error> {
        let mut it = self.errors.into_iter();
        let Some(mut first) = it.next() else { return Ok(()) };
        for e in it {
            first.combine(e);
        }
        Err(first)
    }

    /// The errors as `compile_error!` invocations.
    pub(crate) fn to_compile_errors(&self) -> TokenStream {
        self.errors.iter().map(syn::Error::to_compile_error).collect()
    }
}
