const _: () = {
    const _: &[u8] = ::core::include_bytes!(
        "$CARGO_MANIFEST_DIR/tests/fixtures/world-items.wit"
    );
};
/// The functions `exports-only-world` imports or exports directly (not through an interface).
#[allow(clippy::all, clippy::pedantic, unused_qualifications)]
pub mod exports_only_world {
    #[allow(unused_imports)]
    use ::std::prelude::rust_2021::*;
    #[allow(unused_imports)]
    use ::core;
    #[allow(unused_imports)]
    use ::neorun::__private::wasmtime;
    /// The guest's exports of these functions, typed: looked up and type-checked once by
    /// [`Guest::new`], then called with `call_<function>`.
    #[derive(::core::clone::Clone)]
    pub struct Guest {
        __f0: ::neorun::__private::wasmtime::component::TypedFunc<
            (::std::string::String,),
            (::core::result::Result<u32, ::std::string::String>,),
        >,
    }
    impl ::core::fmt::Debug for Guest {
        fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            __f.debug_struct("Guest").finish_non_exhaustive()
        }
    }
    impl Guest {
        /// Finds every function among `instance`'s exports and checks its type.
        ///
        /// # Errors
        /// When the component does not export one of them, or exports it with another
        /// signature.
        pub fn new(
            mut __store: impl ::neorun::__private::wasmtime::AsContextMut,
            __instance: &::neorun::__private::wasmtime::component::Instance,
        ) -> ::neorun::__private::wasmtime::Result<Self> {
            let __parent = ::core::option::Option::None;
            let _ = &__parent;
            ::core::result::Result::Ok(Self {
                __f0: {
                    let __name = "start";
                    let __index = __instance
                        .get_export_index(&mut __store, __parent.as_ref(), __name)
                        .ok_or_else(|| {
                            ::neorun::__private::wasmtime::format_err!(
                                "the component does not export `{}`", __name
                            )
                        })?;
                    __instance
                        .get_typed_func(&mut __store, &__index)
                        .map_err(|__e| {
                            __e.context(::std::format!("export `{}`", __name))
                        })?
                },
            })
        }
        ///
        /// Calls the guest's `start`.
        ///
        /// # Errors
        /// A trap in the guest, or an import it called that failed.
        pub async fn call_start<
            __S: ::neorun::__private::wasmtime::AsContextMut<Data: ::core::marker::Send>,
        >(
            &self,
            mut __store: __S,
            __p0: ::std::string::String,
        ) -> ::neorun::__private::wasmtime::Result<
            ::core::result::Result<u32, ::std::string::String>,
        > {
            let (__r,) = self.__f0.call_async(&mut __store, (__p0,)).await?;
            ::core::result::Result::Ok(__r)
        }
    }
}
/// Typed access to everything `exports-only-world` exports, looked up and type-checked once.
#[derive(::core::clone::Clone, ::core::fmt::Debug)]
pub struct Exports {
    /// The functions `exports-only-world` exports directly.
    pub exports_only_world: exports_only_world::Guest,
}
impl Exports {
    /// Finds and type-checks every export of the world in `instance`.
    ///
    /// # Errors
    /// When an export is missing or has another signature.
    pub fn new(
        mut __store: impl ::neorun::__private::wasmtime::AsContextMut,
        __instance: &::neorun::__private::wasmtime::component::Instance,
    ) -> ::neorun::__private::wasmtime::Result<Self> {
        ::core::result::Result::Ok(Self {
            exports_only_world: exports_only_world::Guest::new(&mut __store, __instance)?,
        })
    }
}
