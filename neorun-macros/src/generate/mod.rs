//! The generator: an ordinary function from the [`ir`](crate::ir) to the items placed inside
//! the annotated module. It never looks at the compiler, so it is unit-tested directly.

mod client;
mod codec;
mod exports;
mod schema;
mod server;
mod stubs;
mod types;

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use crate::ir::{DefId, Interface, Owner, Ty, World};
use crate::names;

/// Where generated code is placed; decides how a named type is spelled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Loc {
    /// The hidden module of one type definition, inside its owner's scope (the annotated
    /// module for world-level types, the interface's module otherwise).
    Def(Owner),
    /// An interface's module (`Interface(i)`), or the world-level functions' module (`None`).
    Module(Option<usize>),
}

/// Generates every item of the world, to be placed inside the annotated module.
///
/// `rt` is the path of the `neorun` crate (`::neorun` unless the user gave `crate = path`).
pub(crate) fn generate(world: &World, rt: &TokenStream) -> TokenStream {
    let g = Gen { world, rt };
    let mut out = TokenStream::new();
    let files = world.files.iter();
    out.extend(quote! {
        const _: () = { #( const _: &[u8] = ::core::include_bytes!(#files); )* };
    });
    for d in &world.types {
        out.extend(g.typedef(*d));
    }
    for (i, iface) in world.interfaces.iter().enumerate() {
        out.extend(g.interface_module(i, iface));
    }
    if !world.funcs.is_empty() || !world.exported_funcs.is_empty() {
        out.extend(g.world_funcs_module());
    }
    out.extend(g.exports());
    out
}

pub(crate) struct Gen<'a> {
    pub(crate) world: &'a World,
    pub(crate) rt: &'a TokenStream,
}

impl Gen<'_> {
    /// `::neorun::__private`.
    pub(crate) fn p(&self) -> TokenStream {
        let rt = self.rt;
        quote!(#rt::__private)
    }

    /// `::neorun::__private::neopack`.
    pub(crate) fn np(&self) -> TokenStream {
        let p = self.p();
        quote!(#p::neopack)
    }

    /// Imports every generated module starts with: an explicit prelude (the module may be
    /// `#[no_implicit_prelude]`, and wasmtime's derives and `flags!` rely on it) and the
    /// `wasmtime` and `core` names those macros use.
    pub(crate) fn prelude(&self) -> TokenStream {
        let p = self.p();
        quote! {
            #[allow(unused_imports)]
            use ::std::prelude::rust_2021::*;
            #[allow(unused_imports)]
            use ::core;
            #[allow(unused_imports)]
            use #p::wasmtime;
        }
    }

    fn interface_module(&self, i: usize, iface: &Interface) -> TokenStream {
        let loc = Loc::Module(Some(i));
        let m = names::ident(&iface.module);
        let docs = docs(&iface.docs);
        let side = match (iface.imported, iface.exported) {
            (true, true) => " The world imports and exports this interface.",
            (true, false) => " The world imports this interface.",
            (false, true) => " The world exports this interface.",
            (false, false) => " The world uses this interface's types.",
        };
        let prelude = self.prelude();
        let defs = iface.types.iter().map(|d| self.typedef(*d));
        let schema = self.schema_fn(&iface.qualified, &iface.funcs);
        // Imported or exported alike: the guest side links stubs for an import, a provider
        // serves an export natively with `Handler` + `Server`, and either world may be the
        // one a user generates from.
        let calls = if !iface.funcs.is_empty() {
            let stubs = self.stubs(&iface.funcs, loc, false);
            let server = self.server(&iface.funcs, loc);
            let client = self.client(&iface.funcs, loc);
            let guest = if iface.exported {
                self.guest(&iface.funcs, loc, false)
            } else {
                TokenStream::new()
            };
            quote!(#stubs #server #client #guest)
        } else {
            TokenStream::new()
        };
        let gap = iface.docs.as_ref().map(|_| quote!(#[doc = ""]));
        quote! {
            #docs
            #gap
            #[doc = #side]
            #[allow(clippy::all, clippy::pedantic, unused_qualifications)]
            pub mod #m {
                #prelude
                #(#defs)*
                #schema
                #calls
            }
        }
    }

    fn world_funcs_module(&self) -> TokenStream {
        let w = self.world;
        let loc = Loc::Module(None);
        let m = names::ident(&w.funcs_module);
        let doc = format!(
            " The functions `{}` imports or exports directly (not through an interface).",
            w.name
        );
        let prelude = self.prelude();
        let imports = if w.funcs.is_empty() {
            TokenStream::new()
        } else {
            let schema = self.schema_fn(&w.qualified, &w.funcs);
            let stubs = self.stubs(&w.funcs, loc, true);
            let server = self.server(&w.funcs, loc);
            let client = self.client(&w.funcs, loc);
            quote!(#schema #stubs #server #client)
        };
        let exports = if w.exported_funcs.is_empty() {
            TokenStream::new()
        } else {
            self.guest(&w.exported_funcs, loc, true)
        };
        quote! {
            #[doc = #doc]
            #[allow(clippy::all, clippy::pedantic, unused_qualifications)]
            pub mod #m {
                #prelude
                #imports
                #exports
            }
        }
    }

    /// The Rust type of `ty` as spelled at `loc`.
    pub(crate) fn rust_ty(&self, ty: &Ty, loc: Loc) -> TokenStream {
        match ty {
            Ty::Bool => quote!(bool),
            Ty::U8 => quote!(u8),
            Ty::U16 => quote!(u16),
            Ty::U32 => quote!(u32),
            Ty::U64 => quote!(u64),
            Ty::S8 => quote!(i8),
            Ty::S16 => quote!(i16),
            Ty::S32 => quote!(i32),
            Ty::S64 => quote!(i64),
            Ty::F32 => quote!(f32),
            Ty::F64 => quote!(f64),
            Ty::Char => quote!(char),
            Ty::String => quote!(::std::string::String),
            Ty::List(t) => {
                let t = self.rust_ty(t, loc);
                quote!(::std::vec::Vec<#t>)
            }
            Ty::Option(t) => {
                let t = self.rust_ty(t, loc);
                quote!(::core::option::Option<#t>)
            }
            Ty::Result(ok, err) => {
                let ok = self.opt_ty(ok.as_deref(), loc);
                let err = self.opt_ty(err.as_deref(), loc);
                quote!(::core::result::Result<#ok, #err>)
            }
            Ty::Tuple(ts) => {
                let ts = ts.iter().map(|t| self.rust_ty(t, loc));
                quote!((#(#ts,)*))
            }
            Ty::Named(id) => {
                let def = &self.world.defs[*id];
                let name = self.type_ident(*id);
                // How far up the annotated module is, and whether `loc` is the owner's scope.
                let (up, here) = match loc {
                    Loc::Def(Owner::World) => (1, Owner::World),
                    Loc::Def(owner) => (2, owner),
                    Loc::Module(Some(i)) => (1, Owner::Interface(i)),
                    Loc::Module(None) => (1, Owner::World),
                };
                let sup = quote!(super::);
                match def.owner {
                    owner if owner == here && matches!(loc, Loc::Def(_)) => quote!(super::#name),
                    owner if owner == here && owner != Owner::World => quote!(#name),
                    Owner::World => {
                        let ups = std::iter::repeat_n(&sup, up);
                        quote!(#(#ups)* #name)
                    }
                    Owner::Interface(j) => {
                        let m = self.module_ident(j);
                        let ups = std::iter::repeat_n(&sup, up);
                        quote!(#(#ups)* #m::#name)
                    }
                }
            }
        }
    }

    /// `()` for an absent type.
    pub(crate) fn opt_ty(&self, ty: Option<&Ty>, loc: Loc) -> TokenStream {
        ty.map_or_else(|| quote!(()), |t| self.rust_ty(t, loc))
    }

    pub(crate) fn module_ident(&self, i: usize) -> Ident {
        names::ident(&self.world.interfaces[i].module)
    }

    /// The Rust name of type `id`, as the naming pass assigned it.
    pub(crate) fn type_ident(&self, id: DefId) -> Ident {
        names::ident(&self.world.defs[id].rust)
    }
}

/// `#[doc = "..."]` lines for WIT documentation.
pub(crate) fn docs(d: &Option<String>) -> TokenStream {
    match d {
        Some(d) => {
            let lines = d.lines().map(|l| format!(" {l}"));
            quote!(#(#[doc = #lines])*)
        }
        None => TokenStream::new(),
    }
}

#[cfg(test)]
mod tests;
