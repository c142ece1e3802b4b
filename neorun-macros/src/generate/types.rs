//! Rust definitions of WIT records, variants, enums, flags and aliases, with wasmtime's
//! `ComponentType`/`Lift`/`Lower` derives.

use proc_macro2::TokenStream;
use quote::quote;

use super::{Gen, Loc, docs};
use crate::ir::{DefId, DefKind};
use crate::names;

impl Gen<'_> {
    /// The definition of `id` (placed at `loc`, its owner's module) and its neopack impls.
    pub(crate) fn typedef(&self, id: DefId, loc: Loc) -> TokenStream {
        let def = &self.world.defs[id];
        let p = self.p();
        let wt = quote!(#p::wasmtime);
        let name = names::camel_ident(&def.name);
        let doc = docs(&def.docs);
        let derive = quote! {
            #[derive(#wt::component::ComponentType, #wt::component::Lift, #wt::component::Lower)]
            #[component(wasmtime_crate = #wt)]
        };
        let item = match &def.kind {
            DefKind::Record(fields) => {
                let fields = fields.iter().map(|f| {
                    let doc = docs(&f.docs);
                    let id = names::snake_ident(&f.name);
                    let wit = &f.name;
                    let ty = self.rust_ty(&f.ty, loc);
                    quote!(#doc #[component(name = #wit)] pub #id: #ty,)
                });
                quote! {
                    #doc
                    #derive
                    #[component(record)]
                    #[derive(::core::clone::Clone, ::core::fmt::Debug, ::core::cmp::PartialEq)]
                    pub struct #name { #(#fields)* }
                }
            }
            DefKind::Variant(cases) => {
                let cases = cases.iter().map(|c| {
                    let doc = docs(&c.docs);
                    let id = names::camel_ident(&c.name);
                    let wit = &c.name;
                    match &c.ty {
                        Some(t) => {
                            let t = self.rust_ty(t, loc);
                            quote!(#doc #[component(name = #wit)] #id(#t),)
                        }
                        None => quote!(#doc #[component(name = #wit)] #id,),
                    }
                });
                quote! {
                    #doc
                    #derive
                    #[component(variant)]
                    #[derive(::core::clone::Clone, ::core::fmt::Debug, ::core::cmp::PartialEq)]
                    pub enum #name { #(#cases)* }
                }
            }
            DefKind::Enum(cases) => {
                let repr = if cases.len() <= 256 { quote!(u8) } else { quote!(u16) };
                let cases = cases.iter().map(|c| {
                    let doc = docs(&c.docs);
                    let id = names::camel_ident(&c.name);
                    let wit = &c.name;
                    quote!(#doc #[component(name = #wit)] #id,)
                });
                quote! {
                    #doc
                    #derive
                    #[component(enum)]
                    #[repr(#repr)]
                    #[derive(
                        ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug,
                        ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash
                    )]
                    pub enum #name { #(#cases)* }
                }
            }
            DefKind::Flags(flags) => {
                // `flags!` accepts no doc comments; it names `wasmtime` and `core` unqualified,
                // which the module's prelude imports provide.
                let flags = flags.iter().map(|f| {
                    let id = names::shouty_ident(&f.name);
                    let wit = &f.name;
                    quote!(#[component(name = #wit)] const #id;)
                });
                quote! {
                    #wt::component::flags! { #name { #(#flags)* } }
                }
            }
            DefKind::Alias(t) => {
                let t = self.rust_ty(t, loc);
                quote!(#doc pub type #name = #t;)
            }
        };
        let codec = self.codec_impls(id);
        quote!(#item #codec)
    }
}
