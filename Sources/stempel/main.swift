print("stempel")
