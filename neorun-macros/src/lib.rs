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
//! blocks of a `Handler` written inside the module are checked against the WIT. The naming
//! rules are documented on [`remote`].
//!
//! The macro is a thin adapter over a pipeline: `options` → `lower` (WIT → `ir`, every
//! error collected with its span) → `names::assign` (the naming pass) → `check` (user impls)
//! → `generate::generate`.

mod check;
mod errors;
mod generate;
mod ir;
mod lower;
mod names;
mod options;
#[cfg(test)]
mod tests;

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
/// - the world's records, variants, enums, flags and aliases as Rust types, deriving
///   wasmtime's `ComponentType`, `Lift` and `Lower` (through the runtime's re-export: no
///   wasmtime dependency needed), `Clone`, `Debug` and `PartialEq` (only `Clone` for a type
///   holding a tuple of more than 12 members, where Rust's impls stop), and implementing
///   `neopack::codec::{Encode, Decode}`. Each definition sits in a hidden module of its own,
///   re-exported where it belongs: world-level types at the module's top, an interface's types
///   in its module.
/// - per interface of the world — imported, exported, or both (one module) — `pub mod
///   <interface>` with its types and:
///   - `NAME` (the instance name) and `schema()` (a `neopack::schema::Interface`, functions
///     in declaration order, fingerprints equal to the runtime ledger's);
///   - for every interface with functions: `add_to_linker(&mut Linker<T>, Binding)` (static
///     stubs: one typed `func_wrap_async` per function, arguments encoded straight into
///     neopack; a function with more than 17 parameters, wasmtime's typed limit, gets a
///     `Val`-based stub that writes the same bytes) and `Stubs` (implements
///     `StaticInterface`); `Handler` (one `async fn` per function) and `Server<H: Handler>`
///     (implements `Service`); `Client`, a typed client for native Rust code (no wasm): one
///     async method per function over a `Binding`, returning `Result<_, CallError>`.
/// - for world-level imported functions, the same in `pub mod <world>`, linked at the root.
/// - for what the world exports (the shape of wasmtime `bindgen!`'s world struct): per exported
///   interface a `Guest` (`Guest::new(&mut store, &instance)` looks up and type-checks every
///   function once; `guest.call_add(&mut store, a, b).await` calls one), the same for
///   world-level exported functions in `pub mod <world>`, and at the module's top `Exports`
///   holding all of them (`Exports::new(&mut store, &instance)?.calc.call_add(..)`).
///
/// Which to use when: a **client** (a host running a guest whose imports a peer serves) links
/// `add_to_linker`/`Stubs` for the interfaces the guest imports; a **provider** (a native
/// server) implements `Handler` and serves `Server` for the interfaces it provides; a native
/// **caller** (Rust code without a guest) uses `Client`. All three are
/// generated for every interface, so either world — the one that imports an interface or the
/// one that exports it — works for either side.
///
/// `impl <interface>::Handler for T` blocks written in the module are checked against the WIT:
/// a missing or extra function, a wrong parameter count or type, or a wrong return type is
/// reported at the offending span with the signature WIT expects.
///
/// # Names
///
/// One naming pass gives every generated item a unique, predictable Rust name:
///
/// - an interface's module is its short name in snake case (`wasi:io/streams@0.2.0` →
///   `streams`; inline `import cache: interface {..}` → `cache`); when several interfaces of
///   the world share a short name (two versions of a package, an inline import named like a
///   package's interface), each whose qualified name differs from its short name takes the
///   qualified name, every character other than a letter or digit becoming `_`
///   (`wasi_io_streams_0_2_0`);
/// - world-level functions live in the world's name in snake case, with `_world` appended
///   while an interface's module has that name;
/// - types and cases are upper camel case (`kv-error` → `KvError`, `HTTP-request` →
///   `HttpRequest`), functions, parameters and fields snake case, flags screaming snake case;
/// - a type that would be named `Handler`, `Server`, `Stubs`, `Client`, `Guest` or `Exports`
///   (defined by the generated code) or `Option` or `Copy` (which wasmtime's derives use
///   unqualified) gets a trailing `_` (`handler` → `Handler_`);
/// - a Rust keyword becomes a raw identifier (`r#type`), or gets a trailing `_` where Rust has
///   no raw form (`self_`, `Self_`, `super_`, `crate_`);
/// - a name still taken in its scope gets `_` appended until it is free.
///
/// Generated code calls handlers with fully qualified syntax, so a WIT function named like a
/// std method (`clone`, `into`, `as-ref`) reaches the handler. `crate = path` must be an
/// absolute path (`::x::neorun` or `crate::x`), since it is used from nested modules.
///
/// # Errors
///
/// Invalid WIT is reported at the attribute with the WIT file, line and column. Constructs not
/// supported yet — resources and handles, streams, futures, error-context, async functions,
/// property accessors, maps, fixed-length lists, tuples of more than 17 members — are listed in
/// one error per world, each with the function or type that uses it and its position.
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
