import FrontlineCLI

Frontline.main()
