//! `neorun inspect`: a component's ledger.

use std::path::PathBuf;

use clap::Args;
use neorun::ledger::Ledger;

use crate::out;

/// Arguments of `neorun inspect`.
#[derive(Debug, Args)]
#[command(after_help = "\
Prints every imported and exported interface in WIT-like syntax, with the fingerprint of its
functions (what the rpc handshake compares). Functions whose types neorun cannot carry
(resources, streams, futures, ...) are listed as `# unsupported` comments.

Examples:
  neorun inspect client.wasm
  neorun inspect --no-wasi client.wasm
  neorun inspect provider.wat")]
pub(crate) struct InspectArgs {
    /// The component (binary `.wasm` or `.wat` text).
    component: PathBuf,

    /// Leave out the `wasi:*` interfaces.
    #[arg(long)]
    no_wasi: bool,
}

pub(crate) fn inspect(args: &InspectArgs) -> anyhow::Result<()> {
    let engine = crate::engine()?;
    let component = crate::load_component(&engine, &args.component)?;
    let ledger = Ledger::new(&engine, &component);
    let shown: Vec<String> = ledger
        .imports()
        .iter()
        .chain(ledger.exports())
        .filter(|i| !(args.no_wasi && i.name().starts_with("wasi:")))
        .map(ToString::to_string)
        .collect();
    if shown.is_empty() {
        out::print(format_args!(
            "# nothing to show: the component imports and exports no interfaces\n"
        ))
    } else {
        // As the ledger's own `Display`: interfaces separated by blank lines.
        out::print(format_args!("{}\n", shown.join("\n\n")))
    }
}

/// Every function `--invoke` can name, with its signature: `run: func(...)` for the world's
/// own exports, `iface#fn: func(...)` for the functions of exported interfaces.
pub(crate) fn callable_exports(ledger: &Ledger) -> Vec<String> {
    let mut out = Vec::new();
    for iface in ledger.exports() {
        for f in iface.functions() {
            let name = if iface.is_world() {
                f.name.clone()
            } else {
                format!("{}#{}", iface.name(), f.name)
            };
            out.push(format!("{name}: {}", f.signature()));
        }
    }
    out
}
