//! The `#[neorun::remote]` proc macro: static neorun stubs generated from WIT at compile time.
//!
//! ```ignore
//! #[neorun::remote("wit/kv.wit")]                       // the package's only world
//! mod kv {}
//! #[neorun::remote(path = "wit", world = "client")]     // a folder (with `deps/`), a world
//! mod client {}
//! #[neorun::remote(path = "wit/kv.wit", crate = ::my::neorun)]
//! mod kv2 {}
//! ```
//!
//! Inside the module it generates the world's types (wasmtime `ComponentType`/`Lift`/`Lower`
//! and neopack `Encode`/`Decode`), and per interface a module with `NAME`, `schema()`,
//! `add_to_linker` / `Stubs` (static stubs) and `Handler` / `Server` (native serving). `impl`
//! blocks of a `Handler` written inside the module are checked against the WIT.
//!
//! The macro is a thin adapter over a pipeline: `options` → `lower` (WIT → `ir`, every
//! error collected with its span) → `check` (user impls) → `generate::generate`.

mod check;
mod errors;
mod generate;
mod ir;
mod lower;
mod names;
mod options;

use std::path::PathBuf;

use proc_macro2::TokenStream;
use quote::quote;

use crate::errors::Errors;
use crate::options::Options;

/// Generates, inside the annotated inline module, Rust code for a WIT world.
///
/// # Forms
///
/// - `#[neorun::remote("wit/kv.wit")]`: a file (or folder) whose package has one world;
/// - `#[neorun::remote(path = "wit", world = "client")]`: a folder (with `deps/`) or file, and
///   the world by name (`client` or `ns:pkg/client`);
/// - `crate = path`: where the `neorun` crate is (default `::neorun`).
///
/// Paths are relative to `CARGO_MANIFEST_DIR`; every WIT file read is tracked, so an edit
/// rebuilds.
///
/// # What it generates
///
/// - the world's records, variants, enums, flags and aliases as Rust types (kebab-case names
///   in Rust case; Rust keywords as raw identifiers, or with a trailing `_` for `self`,
///   `Self`, `super`, `crate`), deriving wasmtime's `ComponentType`, `Lift` and `Lower`
///   (through the runtime's re-export: no wasmtime dependency needed) and implementing
///   `neopack::codec::{Encode, Decode}`. World-level types live at the module's top.
/// - per interface of the world — imported, exported, or both (one module) — `pub mod
///   <interface>` with its types and:
///   - `NAME` (the instance name) and `schema()` (a `neopack::schema::Interface`, functions
///     in declaration order, fingerprints equal to the runtime ledger's);
///   - for every interface with functions: `add_to_linker(&mut Linker<Host>, Binding)`
///     (static stubs: one typed `func_wrap_async` per function, arguments encoded straight
///     into neopack) and `Stubs` (implements `StaticInterface`), which link the interface
///     where a guest imports it; `Handler` (one `async fn` per function) and
///     `Server<H: Handler>` (implements `Service`), which serve it natively. A provider can
///     generate its server from the world that exports the interface, a client its stubs
///     from the world that imports it, or both from either.
/// - for world-level imported functions, the same in `pub mod <world>`, linked at the root.
///
/// `impl <interface>::Handler for T` blocks written in the module are checked against the WIT:
/// a missing or extra function, a wrong parameter count or type, or a wrong return type is
/// reported at the offending span with the signature WIT expects.
///
/// Resources, handles, futures, streams, error-context, maps, fixed-length lists and async
/// functions are not supported: the macro names the item and fails.
#[proc_macro_attribute]
pub fn remote(
    attr: proc_macro::TokenStream,
    item: proc_macro::TokenStream,
) -> proc_macro::TokenStream {
    expand(attr.into(), item.into()).unwrap_or_else(|e| e.to_compile_error()).into()
}

fn expand(attr: TokenStream, item: TokenStream) -> syn::Result<TokenStream> {
    let opts: Options = syn::parse2(attr)?;
    let module: syn::ItemMod = syn::parse2(item)?;
    let Some((_, items)) = module.content else {
        return Err(syn::Error::new_spanned(
            &module,
            "#[neorun::remote] needs an inline module: `mod name {}`",
        ));
    };
    let dir = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from).unwrap_or_default();
    let world = opts.world.as_ref().map(|w| (w.value(), w.span()));
    let mut errors = Errors::default();
    let world = lower::load(
        &dir,
        &opts.path.value(),
        world.as_ref().map(|(w, s)| (w.as_str(), *s)),
        opts.path.span(),
        &mut errors,
    );
    let world = match world {
        Some(w) if errors.is_empty() => w,
        _ => {
            errors.finish()?;
            return Err(syn::Error::new(opts.path.span(), "failed to load WIT"));
        }
    };
    let rt = match &opts.krate {
        Some(p) => quote!(#p),
        None => quote!(::neorun),
    };
    let mut check_errors = Errors::default();
    let items = check::check_impls(&world, items, &mut check_errors);
    let generated = generate::generate(&world, &rt);
    let errs = check_errors.to_compile_errors();
    let (attrs, vis, ident) = (&module.attrs, &module.vis, &module.ident);
    Ok(quote! {
        #(#attrs)*
        #vis mod #ident {
            #(#items)*
            #generated
            #errs
        }
    })
}
