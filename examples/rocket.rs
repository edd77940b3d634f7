//! A rocket whose flight stage is a type: `Rocket<Grounded>` can be fuelled
//! and launched, `Rocket<Launched>` can climb, and nothing else compiles.
//!
//! `Stage` is sealed: no other crate can invent a stage (say, `Exploded`)
//! and reach into `Rocket<S>` with it, and this crate may add methods to
//! `Stage` later without breaking anyone. The payloads form a closed
//! hierarchy: `AnyPayload` is every `Payload` there is, so a `match` over
//! it is exhaustive and the enum is a `Payload` itself.
//!
//! Run with `cargo run --example rocket`.

use vouch::sealed;

/// The stages of a flight. Sealed: only this crate defines stages.
#[sealed]
trait Stage {
    /// How the stage reads in the flight log.
    const NAME: &'static str;
}

/// On the pad: fuel can be loaded.
#[derive(Debug)]
struct Grounded;

/// In flight: the rocket climbs.
#[derive(Debug)]
struct Launched {
    altitude_km: u32,
}

#[sealed]
impl Stage for Grounded {
    const NAME: &'static str = "grounded";
}

#[sealed]
impl Stage for Launched {
    const NAME: &'static str = "launched";
}

/// Something a rocket carries. Sealed, and closed by `AnyPayload`.
#[sealed]
trait Payload {
    /// The mass in kilograms.
    fn mass_kg(&self) -> u32;

    /// A line for the flight log.
    fn describe(&self) -> String {
        format!("{} kg of cargo", self.mass_kg())
    }
}

#[derive(Debug, Clone, PartialEq)]
struct Satellite {
    name: &'static str,
}

#[derive(Debug, Clone, PartialEq)]
struct Crew {
    astronauts: u32,
}

#[sealed]
impl Payload for Satellite {
    fn mass_kg(&self) -> u32 {
        1_200
    }

    fn describe(&self) -> String {
        format!("satellite {}", self.name)
    }
}

#[sealed]
impl Payload for Crew {
    fn mass_kg(&self) -> u32 {
        self.astronauts * 90
    }
}

/// Every payload there is: `From` each payload, `TryFrom` back, and
/// `Payload` by forwarding to the variant.
#[derive(Debug, Clone, PartialEq, vouch::Sealed)]
#[sealed(Payload)]
enum AnyPayload {
    Satellite(Satellite),
    Crew(Crew),
}

/// A rocket in stage `S`.
#[derive(Debug)]
struct Rocket<S: Stage> {
    stage: S,
    fuel_t: u32,
    payload: Vec<AnyPayload>,
}

impl Rocket<Grounded> {
    fn new() -> Self {
        Rocket {
            stage: Grounded,
            fuel_t: 0,
            payload: Vec::new(),
        }
    }

    fn fuel(mut self, tonnes: u32) -> Self {
        self.fuel_t += tonnes;
        self
    }

    fn load(mut self, payload: impl Into<AnyPayload>) -> Self {
        self.payload.push(payload.into());
        self
    }

    /// Only a grounded rocket launches; a launched one has no `launch`.
    fn launch(self) -> Rocket<Launched> {
        Rocket {
            stage: Launched { altitude_km: 0 },
            fuel_t: self.fuel_t,
            payload: self.payload,
        }
    }
}

impl Rocket<Launched> {
    fn burn(&mut self, tonnes: u32) {
        let tonnes = tonnes.min(self.fuel_t);
        self.fuel_t -= tonnes;
        self.stage.altitude_km += tonnes * 10;
    }
}

impl<S: Stage> Rocket<S> {
    fn log(&self) -> String {
        let mass: u32 = self.payload.iter().map(Payload::mass_kg).sum();
        format!(
            "{}: {} t of fuel, {mass} kg of payload",
            S::NAME,
            self.fuel_t
        )
    }
}

fn main() {
    let rocket = Rocket::new()
        .fuel(30)
        .load(Satellite { name: "Vela" })
        .load(Crew { astronauts: 3 });
    println!("{}", rocket.log());
    assert_eq!(rocket.log(), "grounded: 30 t of fuel, 1470 kg of payload");

    let mut rocket = rocket.launch();
    rocket.burn(12);
    println!("{} at {} km", rocket.log(), rocket.stage.altitude_km);
    assert_eq!(rocket.stage.altitude_km, 120);

    // An exhaustive match over the closed family: a new payload type would
    // be a new variant, and this match would stop compiling until handled.
    for payload in &rocket.payload {
        let kind = match payload {
            AnyPayload::Satellite(_) => "uncrewed",
            AnyPayload::Crew(_) => "crewed",
        };
        println!("{kind}: {}", payload.describe());
    }

    // `TryFrom` takes a payload back out, or returns the enum unchanged.
    let first = rocket.payload[0].clone();
    assert_eq!(
        Satellite::try_from(first.clone()),
        Ok(Satellite { name: "Vela" })
    );
    assert_eq!(Crew::try_from(first.clone()), Err(first));
}
