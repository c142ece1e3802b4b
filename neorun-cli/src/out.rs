//! Writing to stdout. A reader that goes away early (`neorun inspect x.wasm | head`) is not a
//! failure: the write reports [`StdoutClosed`] and the command ends quietly with status 0, as
//! it would had it finished, instead of panicking as `println!` does.

use std::fmt;
use std::io::{self, Write as _};

/// Stdout's reader closed it. Not reported: the command stops and exits 0.
#[derive(Debug)]
pub(crate) struct StdoutClosed;

impl fmt::Display for StdoutClosed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("stdout was closed by its reader")
    }
}

impl std::error::Error for StdoutClosed {}

/// Whether `err` comes from a closed stdout (then the command ends quietly).
pub(crate) fn is_closed(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| cause.is::<StdoutClosed>())
}

/// Locked stdout whose write errors are `anyhow` errors, [`StdoutClosed`] for a closed pipe.
pub(crate) struct Stdout(io::StdoutLock<'static>);

impl Stdout {
    pub(crate) fn lock() -> Self {
        Self(io::stdout().lock())
    }

    /// Writes `args` (use with `format_args!`).
    pub(crate) fn write(&mut self, args: fmt::Arguments<'_>) -> anyhow::Result<()> {
        self.0.write_fmt(args).map_err(error)
    }

    pub(crate) fn flush(&mut self) -> anyhow::Result<()> {
        self.0.flush().map_err(error)
    }
}

/// Writes `args` to stdout and flushes.
pub(crate) fn print(args: fmt::Arguments<'_>) -> anyhow::Result<()> {
    let mut out = Stdout::lock();
    out.write(args)?;
    out.flush()
}

fn error(e: io::Error) -> anyhow::Error {
    if e.kind() == io::ErrorKind::BrokenPipe {
        anyhow::Error::new(StdoutClosed)
    } else {
        anyhow::Error::new(e).context("cannot write to stdout")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_broken_pipe_counts_as_a_closed_stdout() {
        let closed = error(io::Error::from(io::ErrorKind::BrokenPipe)).context("dumping frame 3");
        assert!(is_closed(&closed));
        let full = error(io::Error::from(io::ErrorKind::StorageFull));
        assert!(!is_closed(&full));
        assert!(full.to_string().contains("cannot write to stdout"), "{full}");
    }
}
