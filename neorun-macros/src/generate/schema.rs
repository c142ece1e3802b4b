//! `schema()`: the interface as a `neopack::schema::Interface`, built once, with every named
//! type written out structurally so its fingerprint equals the runtime ledger's.

use proc_macro2::TokenStream;
use quote::quote;

use super::Gen;
use crate::ir::{DefKind, Func, Ty};

impl Gen<'_> {
    /// The `schema::Type` expression of `ty`.
    pub(crate) fn schema_ty(&self, ty: &Ty) -> TokenStream {
        let np = self.np();
        let s = quote!(#np::schema);
        let t = quote!(#s::Type);
        let boxed = |x: TokenStream| quote!(::std::boxed::Box::new(#x));
        match ty {
            Ty::Bool => quote!(#t::Bool),
            Ty::U8 => quote!(#t::U8),
            Ty::U16 => quote!(#t::U16),
            Ty::U32 => quote!(#t::U32),
            Ty::U64 => quote!(#t::U64),
            Ty::S8 => quote!(#t::S8),
            Ty::S16 => quote!(#t::S16),
            Ty::S32 => quote!(#t::S32),
            Ty::S64 => quote!(#t::S64),
            Ty::F32 => quote!(#t::F32),
            Ty::F64 => quote!(#t::F64),
            Ty::Char => quote!(#t::Char),
            Ty::String => quote!(#t::String),
            Ty::List(e) => {
                let e = boxed(self.schema_ty(e));
                quote!(#t::List(#e))
            }
            Ty::Option(e) => {
                let e = boxed(self.schema_ty(e));
                quote!(#t::Option(#e))
            }
            Ty::Result(ok, err) => {
                let arm = |x: &Option<Box<Ty>>| match x {
                    Some(x) => {
                        let x = boxed(self.schema_ty(x));
                        quote!(::core::option::Option::Some(#x))
                    }
                    None => quote!(::core::option::Option::None),
                };
                let (ok, err) = (arm(ok), arm(err));
                quote!(#t::Result { ok: #ok, err: #err })
            }
            Ty::Tuple(ts) => {
                let ts = ts.iter().map(|x| self.schema_ty(x));
                quote!(#t::Tuple(::std::vec![#(#ts),*]))
            }
            Ty::Named(id) => match &self.world.defs[*id].kind {
                DefKind::Alias(x) => self.schema_ty(x),
                DefKind::Record(fields) => {
                    let fs = fields.iter().map(|f| {
                        let n = &f.name;
                        let x = self.schema_ty(&f.ty);
                        quote!(#s::Field::new(#n, #x))
                    });
                    quote!(#t::Record(::std::vec![#(#fs),*]))
                }
                DefKind::Variant(cases) => {
                    let cs = cases.iter().map(|c| {
                        let n = &c.name;
                        let x = match &c.ty {
                            Some(x) => {
                                let x = self.schema_ty(x);
                                quote!(::core::option::Option::Some(#x))
                            }
                            None => quote!(::core::option::Option::None),
                        };
                        quote!(#s::Case::new(#n, #x))
                    });
                    quote!(#t::Variant(::std::vec![#(#cs),*]))
                }
                DefKind::Enum(cases) => {
                    let ns = cases.iter().map(|c| &c.name);
                    quote!(#t::enumeration([#(#ns),*]))
                }
                DefKind::Flags(flags) => {
                    let ns = flags.iter().map(|c| &c.name);
                    quote!(#t::flags([#(#ns),*]))
                }
            },
        }
    }

    /// `NAME` and `schema()` of an interface (or of the world-level functions).
    pub(crate) fn schema_fn(&self, qualified: &str, funcs: &[Func]) -> TokenStream {
        let np = self.np();
        let s = quote!(#np::schema);
        let fs = funcs.iter().map(|f| {
            let n = &f.name;
            let ps = f.params.iter().map(|(pn, pt)| {
                let pt = self.schema_ty(pt);
                quote!((#pn, #pt))
            });
            let r = match &f.result {
                Some(r) => {
                    let r = self.schema_ty(r);
                    quote!(::core::option::Option::Some(#r))
                }
                None => quote!(::core::option::Option::None),
            };
            quote!(#s::Function::new::<&'static str>(#n, [#(#ps),*], #r))
        });
        let p = self.p();
        quote! {
            /// The instance name of this interface in the component model.
            pub const NAME: &str = #qualified;

            /// This interface's schema as compiled from WIT (functions in declaration order;
            /// a function's index here is its index on the wire).
            pub fn schema() -> &'static #s::Interface {
                static __SCHEMA: #p::OnceLock<#s::Interface> = #p::OnceLock::new();
                __SCHEMA.get_or_init(|| #s::Interface::new(NAME, ::std::vec![#(#fs),*]))
            }
        }
    }
}
