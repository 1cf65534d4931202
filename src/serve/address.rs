//! The address `--serve` takes, and the one to tell an audience.

use std::net::{IpAddr, Ipv4Addr, SocketAddr, UdpSocket};

/// `PORT` (on 127.0.0.1: only this machine), or `ADDRESS:PORT`
/// (`0.0.0.0:8080` for every interface, `[::1]:8080`).
pub fn parse_address(s: &str) -> Result<SocketAddr, String> {
    let s = s.trim();
    if let Ok(port) = s.parse::<u16>() {
        return Ok(SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), port));
    }
    s.parse::<SocketAddr>().map_err(|_| {
        format!(
            "`{}` is not an address to serve on: write a port (8080, on this machine only) \
             or an address and a port (0.0.0.0:8080 for every network, 192.168.1.20:8080)",
            crate::model::text::sanitize(s)
        )
    })
}

/// The address to open, as an audience would type it: on every interface, this
/// machine's address on the local network (the one its default route leaves by),
/// when it has one.
pub fn lan_url(bound: SocketAddr) -> String {
    let ip = if bound.ip().is_unspecified() {
        // Without a network, this machine alone can open it.
        local_ip(bound.is_ipv6()).unwrap_or(if bound.is_ipv6() {
            IpAddr::V6(std::net::Ipv6Addr::LOCALHOST)
        } else {
            IpAddr::V4(Ipv4Addr::LOCALHOST)
        })
    } else {
        bound.ip()
    };
    match ip {
        IpAddr::V4(v4) => format!("http://{v4}:{}/", bound.port()),
        IpAddr::V6(v6) => format!("http://[{v6}]:{}/", bound.port()),
    }
}

/// The address the machine would send from to a public one: connecting a UDP
/// socket chooses the route and sends nothing.
fn local_ip(v6: bool) -> Option<IpAddr> {
    let (bind, probe) = if v6 {
        ("[::]:0", "[2001:db8::1]:80")
    } else {
        ("0.0.0.0:0", "192.0.2.1:80")
    };
    let socket = UdpSocket::bind(bind).ok()?;
    socket.connect(probe).ok()?;
    let ip = socket.local_addr().ok()?.ip();
    (!ip.is_unspecified()).then_some(ip)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_port_alone_is_this_machine_only() {
        assert_eq!(
            parse_address("8080"),
            Ok("127.0.0.1:8080".parse().expect("addr"))
        );
        assert_eq!(
            parse_address("0.0.0.0:9000"),
            Ok("0.0.0.0:9000".parse().expect("addr"))
        );
        assert_eq!(
            parse_address("[::1]:9000"),
            Ok("[::1]:9000".parse().expect("addr"))
        );
        let e = parse_address("localhost").expect_err("no port");
        assert!(e.contains("write a port (8080"), "{e}");
        assert!(
            parse_address("\u{1b}[2J:80")
                .expect_err("bad")
                .contains("␛")
        );
    }

    #[test]
    fn the_url_names_a_reachable_address() {
        assert_eq!(
            lan_url("127.0.0.1:8080".parse().expect("addr")),
            "http://127.0.0.1:8080/"
        );
        let any = lan_url("0.0.0.0:8080".parse().expect("addr"));
        assert!(!any.contains("0.0.0.0"), "{any}");
        assert!(any.ends_with(":8080/"), "{any}");
    }
}
