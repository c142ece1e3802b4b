const _: () = {
    const _: &[u8] = ::core::include_bytes!(
        "$CARGO_MANIFEST_DIR/tests/fixtures/types-only.wit"
    );
};
/// Only types: its module holds types and `schema()`, nothing to serve.
///
/// The world imports this interface.
#[allow(clippy::all, clippy::pedantic, unused_qualifications)]
pub mod model {
    #[allow(unused_imports)]
    use ::std::prelude::rust_2021::*;
    #[allow(unused_imports)]
    use ::core;
    #[allow(unused_imports)]
    use ::neorun::__private::wasmtime;
    #[doc(hidden)]
    #[allow(non_camel_case_types, clippy::all, clippy::pedantic)]
    mod __neorun_t0 {
        #[allow(unused_imports)]
        use ::std::prelude::rust_2021::*;
        #[allow(unused_imports)]
        use ::core;
        #[allow(unused_imports)]
        use ::neorun::__private::wasmtime;
        #[derive(
            ::neorun::__private::wasmtime::component::ComponentType,
            ::neorun::__private::wasmtime::component::Lift,
            ::neorun::__private::wasmtime::component::Lower
        )]
        #[component(wasmtime_crate = ::neorun::__private::wasmtime)]
        #[component(record)]
        #[derive(::core::clone::Clone, ::core::fmt::Debug, ::core::cmp::PartialEq)]
        pub struct User {
            #[component(name = "name")]
            pub name: ::std::string::String,
            #[component(name = "age")]
            pub age: u8,
        }
        impl ::neorun::__private::neopack::codec::Encode for User {
            fn encode(
                &self,
                __enc: &mut ::neorun::__private::neopack::Encoder,
            ) -> ::core::result::Result<(), ::neorun::__private::neopack::EncodeError> {
                __enc.begin_record(2u32)?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.name, __enc)?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.age, __enc)?;
                __enc.end_record()
            }
        }
        impl<'__a> ::neorun::__private::neopack::codec::Decode<'__a> for User {
            fn decode(
                __dec: &mut ::neorun::__private::neopack::Decoder<'__a>,
            ) -> ::core::result::Result<
                Self,
                ::neorun::__private::neopack::DecodeError,
            > {
                ::neorun::__private::neopack::codec::begin_record(__dec, 2u32)?;
                let __v = Self {
                    name: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    age: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                };
                __dec.end()?;
                ::core::result::Result::Ok(__v)
            }
        }
    }
    pub use self::__neorun_t0::User;
    #[doc(hidden)]
    #[allow(non_camel_case_types, clippy::all, clippy::pedantic)]
    mod __neorun_t1 {
        #[allow(unused_imports)]
        use ::std::prelude::rust_2021::*;
        #[allow(unused_imports)]
        use ::core;
        #[allow(unused_imports)]
        use ::neorun::__private::wasmtime;
        #[derive(
            ::neorun::__private::wasmtime::component::ComponentType,
            ::neorun::__private::wasmtime::component::Lift,
            ::neorun::__private::wasmtime::component::Lower
        )]
        #[component(wasmtime_crate = ::neorun::__private::wasmtime)]
        #[component(enum)]
        #[repr(u8)]
        #[derive(
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::fmt::Debug,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::hash::Hash
        )]
        pub enum Role {
            #[component(name = "admin")]
            Admin,
            #[component(name = "guest")]
            Guest,
        }
        impl ::neorun::__private::neopack::codec::Encode for Role {
            fn encode(
                &self,
                __enc: &mut ::neorun::__private::neopack::Encoder,
            ) -> ::core::result::Result<(), ::neorun::__private::neopack::EncodeError> {
                __enc
                    .variant(
                        match self {
                            Self::Admin => 0u32,
                            Self::Guest => 1u32,
                        },
                    )?;
                __enc.unit()
            }
        }
        impl<'__a> ::neorun::__private::neopack::codec::Decode<'__a> for Role {
            fn decode(
                __dec: &mut ::neorun::__private::neopack::Decoder<'__a>,
            ) -> ::core::result::Result<
                Self,
                ::neorun::__private::neopack::DecodeError,
            > {
                let __at = __dec.offset();
                let __v = match __dec.variant()? {
                    0u32 => Self::Admin,
                    1u32 => Self::Guest,
                    __case => {
                        return ::core::result::Result::Err(
                            ::neorun::__private::neopack::codec::case_out_of_range(
                                __at,
                                __case,
                                2u32,
                            ),
                        );
                    }
                };
                __dec.unit()?;
                ::core::result::Result::Ok(__v)
            }
        }
    }
    pub use self::__neorun_t1::Role;
    /// The instance name of this interface in the component model.
    pub const NAME: &str = "fixtures:types-only/model";
    /// This interface's schema as compiled from WIT (functions in declaration order;
    /// a function's index here is its index on the wire).
    pub fn schema() -> &'static ::neorun::__private::neopack::schema::Interface {
        static __SCHEMA: ::neorun::__private::OnceLock<
            ::neorun::__private::neopack::schema::Interface,
        > = ::neorun::__private::OnceLock::new();
        __SCHEMA
            .get_or_init(|| ::neorun::__private::neopack::schema::Interface::new(
                NAME,
                ::std::vec![],
            ))
    }
}
/// No functions and no types.
///
/// The world imports this interface.
#[allow(clippy::all, clippy::pedantic, unused_qualifications)]
pub mod empty {
    #[allow(unused_imports)]
    use ::std::prelude::rust_2021::*;
    #[allow(unused_imports)]
    use ::core;
    #[allow(unused_imports)]
    use ::neorun::__private::wasmtime;
    /// The instance name of this interface in the component model.
    pub const NAME: &str = "fixtures:types-only/empty";
    /// This interface's schema as compiled from WIT (functions in declaration order;
    /// a function's index here is its index on the wire).
    pub fn schema() -> &'static ::neorun::__private::neopack::schema::Interface {
        static __SCHEMA: ::neorun::__private::OnceLock<
            ::neorun::__private::neopack::schema::Interface,
        > = ::neorun::__private::OnceLock::new();
        __SCHEMA
            .get_or_init(|| ::neorun::__private::neopack::schema::Interface::new(
                NAME,
                ::std::vec![],
            ))
    }
}
