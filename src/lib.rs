//! Shared helpers of neorun's integration tests and examples.

pub mod guests {
    //! The guest components of the integration tests and examples, built from
    //! `tests/guests` for `wasm32-wasip2` by the build script (so they are always current) and
    //! embedded here. Every one is a component: it imports the WASI 0.2 instances that the Rust
    //! standard library links (cli, io, ...) besides the interfaces named below, so a host
    //! satisfies those with WASI or with traps (`Linker::define_unknown_imports_as_traps`).
    //! See `tests/guests/README.md`.

    /// The world `neorun:kv/client` (`neorun/wit/kv.wit`): imports `neorun:kv/store@0.1.0`,
    /// exports `run(op, n) -> result<u64, string>`.
    ///
    /// `noop` and `get` run `n` calls (checksums `n` and the sum of the returned value
    /// lengths), `put` stores the bench entry `n` times (checksum: the sum of the revisions),
    /// `selftest` checks the store's semantics and returns the number of checks that passed.
    #[must_use]
    pub fn kv_client() -> &'static [u8] {
        include_bytes!(env!("NEORUN_GUEST_KV_CLIENT"))
    }

    /// The world `neorun:kv/provider`: exports `neorun:kv/store@0.1.0`, an in-memory store with
    /// the semantics `kv_client`'s self-test checks (revisions from 1, empty keys and values
    /// over 1 MiB refused).
    #[must_use]
    pub fn kv_provider() -> &'static [u8] {
        include_bytes!(env!("NEORUN_GUEST_KV_PROVIDER"))
    }

    /// The world `neorun:sink/client` (`tests/guests/wit/sink.wit`): imports
    /// `neorun:sink/echo@0.1.0`, exports `run() -> result<u32, string>`, which calls every
    /// `echo` function with edge values and returns the number of checks that passed, or
    /// `"<function>: sent .., got .."` for the first wrong answer.
    #[must_use]
    pub fn sink_client() -> &'static [u8] {
        include_bytes!(env!("NEORUN_GUEST_SINK_CLIENT"))
    }

    /// The world `neorun:sink/provider`: exports `neorun:sink/echo@0.1.0`, identity functions
    /// over every WIT value type plus the computed `mix`, `reverse`, `spill` and `notes`.
    #[must_use]
    pub fn sink_provider() -> &'static [u8] {
        include_bytes!(env!("NEORUN_GUEST_SINK_PROVIDER"))
    }

    /// Every guest with its crate name (`kv-client`, ...), in a fixed order.
    #[must_use]
    pub fn all() -> [(&'static str, &'static [u8]); 4] {
        [
            ("kv-client", kv_client()),
            ("kv-provider", kv_provider()),
            ("sink-client", sink_client()),
            ("sink-provider", sink_provider()),
        ]
    }
}
