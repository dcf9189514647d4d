"""The frozen app's updates: IT's signed repository (tufup), the policy, the install."""
