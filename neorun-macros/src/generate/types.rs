//! Rust definitions of WIT records, variants, enums, flags and aliases, with wasmtime's
//! `ComponentType`/`Lift`/`Lower` derives.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{Gen, Loc, docs};
use crate::ir::{DefId, DefKind, Ty};
use crate::names;

impl Gen<'_> {
    /// The definition of `id` and its neopack impls, in a hidden module of their own (so that
    /// the helper items wasmtime's derives generate, such as `LowerR` for a record `R`, cannot
    /// collide with another type's name), re-exported into its owner's scope.
    pub(crate) fn typedef(&self, id: DefId) -> TokenStream {
        let def = &self.world.defs[id];
        let loc = Loc::Def(def.owner);
        let name = self.type_ident(id);
        let m = format_ident!("{}_t{id}", names::HIDDEN_PREFIX);
        let prelude = self.prelude();
        let item = self.type_item(id, loc);
        quote! {
            #[doc(hidden)]
            #[allow(non_camel_case_types, clippy::all, clippy::pedantic)]
            mod #m {
                #prelude
                #item
            }
            pub use self::#m::#name;
        }
    }

    /// The Rust item of type `id`, spelled at `loc`, with its neopack impls.
    fn type_item(&self, id: DefId, loc: Loc) -> TokenStream {
        let def = &self.world.defs[id];
        let p = self.p();
        let wt = quote!(#p::wasmtime);
        let name = self.type_ident(id);
        let doc = docs(&def.docs);
        let derive = quote! {
            #[derive(#wt::component::ComponentType, #wt::component::Lift, #wt::component::Lower)]
            #[component(wasmtime_crate = #wt)]
        };
        // Rust implements `Debug` and `PartialEq` for tuples of at most 12 members; a type that
        // holds a larger one derives only `Clone`.
        let std_derive = if self.has_std_traits(&Ty::Named(id)) {
            quote!(#[derive(::core::clone::Clone, ::core::fmt::Debug, ::core::cmp::PartialEq)])
        } else {
            quote!(#[derive(::core::clone::Clone)])
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
                    #std_derive
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
                    #std_derive
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

    /// Whether the Rust type of `ty` implements `Debug` and `PartialEq`: every tuple it holds
    /// has at most 12 members.
    pub(crate) fn has_std_traits(&self, ty: &Ty) -> bool {
        match ty {
            Ty::Tuple(ts) => ts.len() <= 12 && ts.iter().all(|t| self.has_std_traits(t)),
            Ty::List(t) | Ty::Option(t) => self.has_std_traits(t),
            Ty::Result(ok, err) => [ok, err].into_iter().flatten().all(|t| self.has_std_traits(t)),
            Ty::Named(id) => match &self.world.defs[*id].kind {
                DefKind::Record(fields) => fields.iter().all(|f| self.has_std_traits(&f.ty)),
                DefKind::Variant(cases) => {
                    cases.iter().filter_map(|c| c.ty.as_ref()).all(|t| self.has_std_traits(t))
                }
                DefKind::Alias(t) => self.has_std_traits(t),
                DefKind::Enum(_) | DefKind::Flags(_) => true,
            },
            _ => true,
        }
    }
}
