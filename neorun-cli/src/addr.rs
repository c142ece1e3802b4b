//! Command-line forms of addresses: `--link IFACE=TARGET` and `--listen ADDR`.

use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;

/// Where an import is served from, as written after `IFACE=` in `--link`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Target {
    /// The in-memory key-value store of this process (`local:kv`).
    LocalKv,
    /// A remote peer (`tcp://HOST:PORT`, `unix:///path`, ...), passed to the transport layer.
    Remote(String),
}

/// One `--link IFACE=TARGET`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct LinkSpec {
    /// The imported interface (`neorun:kv/store@0.1.0`).
    pub(crate) interface: String,
    /// Who serves it.
    pub(crate) target: Target,
}

impl FromStr for LinkSpec {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        // Interface names contain no `=`; the target may (a query string, say), so split once.
        let (interface, target) = s.split_once('=').ok_or_else(|| {
            format!(
                "expected IFACE=TARGET, e.g. neorun:kv/store@0.1.0=tcp://127.0.0.1:4000, got {s:?}"
            )
        })?;
        if interface.is_empty() {
            return Err(format!("no interface name before `=` in {s:?}"));
        }
        let target = match target {
            "local:kv" => Target::LocalKv,
            t if t.starts_with("local:") => {
                return Err(format!("unknown local provider {t:?} (known: local:kv)"));
            }
            t if t.contains("://") => Target::Remote(t.to_owned()),
            t => {
                return Err(format!(
                    "target {t:?} has no scheme: write tcp://HOST:PORT, unix:///PATH or local:kv"
                ));
            }
        };
        Ok(Self { interface: interface.to_owned(), target })
    }
}

/// Where `serve` listens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum ListenAddr {
    /// `tcp://HOST:PORT` or `HOST:PORT`.
    Tcp(String),
    /// `unix:///path`.
    Unix(PathBuf),
}

impl FromStr for ListenAddr {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if let Some(path) = s.strip_prefix("unix://") {
            if path.is_empty() {
                return Err("unix:// needs a path, e.g. unix:///tmp/neorun.sock".to_owned());
            }
            return Ok(Self::Unix(PathBuf::from(path)));
        }
        let hostport = match s.split_once("://") {
            Some(("tcp", rest)) => rest,
            Some((scheme, _)) => {
                return Err(format!(
                    "cannot listen on {scheme}://: use tcp://HOST:PORT, HOST:PORT or unix:///PATH"
                ));
            }
            None => s,
        };
        let (host, port) = hostport
            .rsplit_once(':')
            .ok_or_else(|| format!("{s:?} has no port (write HOST:PORT, port 0 picks one)"))?;
        if host.is_empty() {
            return Err(format!("{s:?} has no host"));
        }
        port.parse::<u16>().map_err(|_| format!("bad port {port:?} in {s:?}"))?;
        Ok(Self::Tcp(hostport.to_owned()))
    }
}

impl fmt::Display for ListenAddr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Tcp(a) => write!(f, "tcp://{a}"),
            Self::Unix(p) => write!(f, "unix://{}", p.display()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_specs_split_at_the_first_equals_sign() {
        let l: LinkSpec = "neorun:kv/store@0.1.0=tcp://127.0.0.1:4000".parse().unwrap();
        assert_eq!(l.interface, "neorun:kv/store@0.1.0");
        assert_eq!(l.target, Target::Remote("tcp://127.0.0.1:4000".into()));
        let l: LinkSpec = "a:b/c=unix:///tmp/x=y.sock".parse().unwrap();
        assert_eq!(l.target, Target::Remote("unix:///tmp/x=y.sock".into()));
        let l: LinkSpec = "neorun:kv/store@0.1.0=local:kv".parse().unwrap();
        assert_eq!(l.target, Target::LocalKv);
    }

    #[test]
    fn malformed_link_specs_say_what_is_wrong() {
        assert!(LinkSpec::from_str("neorun:kv/store").unwrap_err().contains("IFACE=TARGET"));
        assert!(LinkSpec::from_str("=tcp://h:1").unwrap_err().contains("no interface"));
        assert!(LinkSpec::from_str("a:b/c=127.0.0.1:1").unwrap_err().contains("no scheme"));
        assert!(LinkSpec::from_str("a:b/c=local:sql").unwrap_err().contains("local:kv"));
    }

    #[test]
    fn listen_addresses_accept_three_forms() {
        assert_eq!(
            "tcp://127.0.0.1:0".parse::<ListenAddr>().unwrap(),
            ListenAddr::Tcp("127.0.0.1:0".into())
        );
        assert_eq!(
            "127.0.0.1:4000".parse::<ListenAddr>().unwrap(),
            ListenAddr::Tcp("127.0.0.1:4000".into())
        );
        assert_eq!("[::1]:1".parse::<ListenAddr>().unwrap().to_string(), "tcp://[::1]:1");
        assert_eq!(
            "unix:///tmp/n.sock".parse::<ListenAddr>().unwrap(),
            ListenAddr::Unix("/tmp/n.sock".into())
        );
    }

    #[test]
    fn bad_listen_addresses_are_refused() {
        assert!(ListenAddr::from_str("127.0.0.1").unwrap_err().contains("no port"));
        assert!(ListenAddr::from_str("127.0.0.1:http").unwrap_err().contains("bad port"));
        assert!(ListenAddr::from_str(":80").unwrap_err().contains("no host"));
        assert!(ListenAddr::from_str("quic://h:1").unwrap_err().contains("cannot listen"));
        assert!(ListenAddr::from_str("unix://").unwrap_err().contains("needs a path"));
    }
}
