//! A client of `neorun:sink/echo`: `run()` calls every function with edge values and compares
//! each answer with what it sent (or, for `mix`, `reverse`, `spill` and `notes`, with what
//! `wit/sink.wit` documents). It returns the number of checks that passed, or
//! `Err("<function>: sent .., got ..")` for the first difference.

mod check;
mod compound;
mod computed;
mod scalars;

use check::Checker;

wit_bindgen::generate!({
    world: "neorun:sink/client",
    path: "../wit",
    additional_derives: [PartialEq],
});

struct Client;

impl Guest for Client {
    fn run() -> Result<u32, String> {
        let mut c = Checker { passed: 0 };
        scalars::integers(&mut c)?;
        scalars::floats(&mut c)?;
        compound::strings_and_lists(&mut c)?;
        compound::records_options_results(&mut c)?;
        compound::enums_flags_variants(&mut c)?;
        compound::nesting(&mut c)?;
        computed::multi_param(&mut c)?;
        computed::no_results(&mut c)?;
        Ok(c.passed)
    }
}

export!(Client);
